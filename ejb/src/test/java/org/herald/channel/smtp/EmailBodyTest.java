package org.herald.channel.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EmailBodyTest {

  private static final Session SESSION = Session.getInstance(new Properties());

  @Test
  void theTransferEncodingIsChosenAsJakartaMailWould() {
    assertEquals("7bit", EmailBody.transferEncoding("Dear John,\r\nyour payment arrived.\n"));
    assertEquals("quoted-printable", EmailBody.transferEncoding("Cher Jean, reçu ton paiement."));
    assertEquals("base64", EmailBody.transferEncoding("Αγαπητέ Γιάννη, η πληρωμή σας"));
    assertEquals("quoted-printable", EmailBody.transferEncoding("a".repeat(999)));
    assertEquals("7bit", EmailBody.transferEncoding(("a".repeat(998) + "\n").repeat(2)));
    assertEquals("quoted-printable", EmailBody.transferEncoding("bell \u0007 rings"));
  }

  @Test
  void plainTextInAnyLanguageComesBackAsWritten() throws Exception {
    for (String text :
        new String[] {
          "Dear John, your payment of 50.00 arrived.",
          "Cher Jean, votre paiement de 50,00 € est arrivé.",
          "Αγαπητέ Γιάννη, η πληρωμή σας των 50,00 € έφτασε."
        }) {
      MimeMessage read = roundTrip(EmailBody.of(text));
      assertEquals(text, read.getContent());
    }
  }

  @Test
  void htmlGoesWithItsTextAlternativeEachEncoded() throws Exception {
    String html = "<p>Αγαπητέ Γιάννη, η πληρωμή σας <b>έφτασε</b>.</p>";
    MimeMessage read = roundTrip(EmailBody.of(html));
    MimeMultipart alternative = (MimeMultipart) read.getContent();
    assertEquals(
        "Αγαπητέ Γιάννη, η πληρωμή σας έφτασε.",
        ((String) alternative.getBodyPart(0).getContent()).trim());
    assertEquals("base64", alternative.getBodyPart(1).getHeader("Content-Transfer-Encoding")[0]);
    assertEquals(html, alternative.getBodyPart(1).getContent());
  }

  private static MimeMessage roundTrip(EmailBody body) throws Exception {
    MimeMessage message = new MimeMessage(SESSION);
    body.writeTo(message);
    message.saveChanges();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    message.writeTo(bytes);
    return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
  }
}

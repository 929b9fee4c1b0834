package org.herald.bench;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.SMPPConstant;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;

/**
 * An SMSC on jsmpp's server API that accepts every bind and every submit_sm with a fresh message
 * id, and keeps nothing: the far end of the SMS benchmark. It sends no delivery receipts.
 */
final class SmscSink implements AutoCloseable {

  private final ServerSocket socket;
  private final SMPPServerSessionListener listener;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicLong submits = new AtomicLong();

  SmscSink() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    listener = new SMPPServerSessionListener(0, new OnSocket(socket));
    // Enough threads to answer a whole window at once, so the client's window is the limit.
    listener.setPduProcessorDegree(16);
    listener.setMessageReceiverListener(accepting());
    threads.execute(this::acceptBinds);
  }

  int port() {
    return socket.getLocalPort();
  }

  long submits() {
    return submits.get();
  }

  private void acceptBinds() {
    while (!socket.isClosed()) {
      try {
        SMPPServerSession session = listener.accept();
        threads.execute(
            () -> {
              try {
                BindRequest request = session.waitForBind(5_000);
                request.accept("sink");
              } catch (Exception e) {
                session.close();
              }
            });
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    threads.shutdownNow();
  }

  /** Listens on the socket opened on a free port (jsmpp's own factory wants a fixed one). */
  private record OnSocket(ServerSocket socket) implements ServerConnectionFactory {
    @Override
    public ServerConnection listen(int port) {
      return new ServerSocketConnection(socket);
    }

    @Override
    public ServerConnection listen(int port, int timeout) {
      return listen(port);
    }

    @Override
    public ServerConnection listen(int port, int timeout, int backlog) {
      return listen(port);
    }
  }

  /**
   * Accepts every submit_sm; any other request is refused as unsupported (the interface has nine,
   * and the benchmark sends only submit_sm).
   */
  private ServerMessageReceiverListener accepting() {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("onAcceptSubmitSm")) {
            return new SubmitSmResult(
                new MessageId(Long.toHexString(submits.incrementAndGet())), null);
          }
          if (method.getDeclaringClass() == Object.class) {
            return method.invoke(this, args);
          }
          throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        };
    return (ServerMessageReceiverListener)
        Proxy.newProxyInstance(
            ServerMessageReceiverListener.class.getClassLoader(),
            new Class<?>[] {ServerMessageReceiverListener.class},
            handler);
  }
}

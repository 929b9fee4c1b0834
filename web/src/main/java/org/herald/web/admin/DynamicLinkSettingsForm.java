package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.dynamiclink.DynamicLinkSettingsService;
import org.herald.dynamiclink.DynamicLinks;
import org.herald.error.InvalidInputException;
import org.herald.link.PublicAddress;
import org.herald.tag.DynamicLinkType;
import org.herald.web.security.PortalAccess;

/**
 * The seed's Dynamic Links Settings on the settings screen: the end point, the custom URL and a row
 * per link type, handed whole to {@link DynamicLinkSettingsService}, which checks and stores them.
 */
@Named("dynamicLinkSettings")
@ViewScoped
public class DynamicLinkSettingsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A link type's field as the service names it: {@code links[2].redirectionUrl}. */
  private static final Pattern LINK_FIELD = Pattern.compile("links\\[(\\d+)]\\.(\\w+)");

  @Inject transient DynamicLinkSettingsService service;
  @Inject transient PortalAccess access;
  @Inject transient PublicAddress publicAddress;

  private String endPoint;
  private String customUrl;
  private final List<LinkTypeForm> links = new ArrayList<>();
  private String defaultEndPoint;

  @PostConstruct
  void init() {
    show(service.get());
    defaultEndPoint = publicAddress.base();
  }

  /** Fills the form from stored settings: a row per link type, in the order the seed lists them. */
  void show(DynamicLinks settings) {
    endPoint = settings.endPoint();
    customUrl = settings.customUrl();
    links.clear();
    for (DynamicLinkType type : DynamicLinkType.values()) {
      links.add(new LinkTypeForm(type, settings.of(type)));
    }
  }

  public void save() {
    if (!access.mayAdminister()) {
      return;
    }
    try {
      show(service.update(change(), positions()));
      PortalMessages.info("Dynamic links saved");
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(e.errors(), DynamicLinkSettingsForm::inputOf);
    }
  }

  /** The whole form as a change: every link type, so each is checked and named by its row. */
  DynamicLinkSettingsService.Change change() {
    Map<DynamicLinkType, DynamicLinks.TypeSetting> types = new EnumMap<>(DynamicLinkType.class);
    for (LinkTypeForm link : links) {
      types.put(link.type(), link.setting());
    }
    return new DynamicLinkSettingsService.Change(endPoint, customUrl, types);
  }

  /** Each link type's row in the form: the index the service names its fields by. */
  Map<DynamicLinkType, Integer> positions() {
    Map<DynamicLinkType, Integer> positions = new EnumMap<>(DynamicLinkType.class);
    for (int i = 0; i < links.size(); i++) {
      positions.put(links.get(i).type(), i);
    }
    return positions;
  }

  /** Which input holds a field the service named: {@code links[2].linkText} is linkText_2. */
  static String inputOf(String field) {
    Matcher link = LINK_FIELD.matcher(field);
    if (link.matches()) {
      return switch (link.group(2)) {
        case "enabled", "linkText", "redirectionUrl" -> link.group(2) + "_" + link.group(1);
        default -> null;
      };
    }
    return switch (field) {
      case "endPoint" -> "linksEndPoint";
      case "customUrl" -> "linksCustomUrl";
      default -> null;
    };
  }

  public String getEndPoint() {
    return endPoint;
  }

  public void setEndPoint(String endPoint) {
    this.endPoint = endPoint;
  }

  public String getCustomUrl() {
    return customUrl;
  }

  public void setCustomUrl(String customUrl) {
    this.customUrl = customUrl;
  }

  /** A row per link type, in a fixed order: the page builds an input per row once. */
  public List<LinkTypeForm> getLinks() {
    return links;
  }

  /** Where links point while the end point is blank: herald.public-base-url. */
  public String getDefaultEndPoint() {
    return defaultEndPoint;
  }
}

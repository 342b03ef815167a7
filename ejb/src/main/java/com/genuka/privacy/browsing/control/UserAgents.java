package com.genuka.privacy.browsing.control;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a User-Agent header to what the policy says we log: the browser's version and its
 * platform. The raw header, which fingerprints a device far better, is not kept.
 */
public final class UserAgents {

  private static final Pattern[] BROWSERS = {
    Pattern.compile("(Edg)/(\\d+(?:\\.\\d+)?)"),
    Pattern.compile("(OPR)/(\\d+(?:\\.\\d+)?)"),
    Pattern.compile("(Firefox)/(\\d+(?:\\.\\d+)?)"),
    Pattern.compile("(Chrom(?:e|ium))/(\\d+(?:\\.\\d+)?)"),
    Pattern.compile("Version/(\\d+(?:\\.\\d+)?).*(Safari)/"),
  };

  private UserAgents() {}

  public static String browser(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return null;
    }
    for (Pattern p : BROWSERS) {
      Matcher m = p.matcher(userAgent);
      if (m.find()) {
        if ("Safari".equals(m.group(2))) {
          return "Safari " + m.group(1);
        }
        String name = switch (m.group(1)) {
          case "Edg" -> "Edge";
          case "OPR" -> "Opera";
          default -> m.group(1);
        };
        return name + " " + m.group(2);
      }
    }
    return truncate(userAgent.split("[ /]")[0], 100);
  }

  public static String platform(String userAgent) {
    if (userAgent == null) {
      return null;
    }
    String ua = userAgent.toLowerCase(Locale.ROOT);
    if (ua.contains("android")) {
      return "Android";
    }
    if (ua.contains("iphone") || ua.contains("ipad") || ua.contains("ios")) {
      return "iOS";
    }
    if (ua.contains("windows")) {
      return "Windows";
    }
    if (ua.contains("mac os") || ua.contains("macintosh")) {
      return "macOS";
    }
    if (ua.contains("cros")) {
      return "ChromeOS";
    }
    if (ua.contains("linux")) {
      return "Linux";
    }
    return null;
  }

  /**
   * The browser's country: the CDN's geolocation header when present (CloudFlare, per the
   * register), else the region of the browser's preferred language.
   */
  public static String country(String cdnCountry, Locale preferred) {
    if (cdnCountry != null && cdnCountry.matches("[A-Za-z]{2}") && !"XX".equalsIgnoreCase(cdnCountry)) {
      return cdnCountry.toUpperCase(Locale.ROOT);
    }
    String region = preferred == null ? "" : preferred.getCountry();
    return region.length() == 2 ? region : null;
  }

  /**
   * What a session keeps of its device: "Chrome 120 / Linux", the browser or the platform alone
   * when only one is known, null when neither is. Stored as data, in no language: pages write it
   * out in the reader's words ({@link #parts}).
   */
  public static String describe(String userAgent) {
    String browser = browser(userAgent);
    String platform = platform(userAgent);
    if (browser == null || platform == null) {
      return browser == null ? platform : browser;
    }
    return browser + SEPARATOR + platform;
  }

  /**
   * The browser and the platform of a stored description, either of them null when absent. An
   * older form, "Edge 129.0 on Android 14", is read too.
   */
  public static String[] parts(String described) {
    if (described == null || described.isBlank()) {
      return new String[] {null, null};
    }
    for (String separator : new String[] {SEPARATOR, " on "}) {
      int at = described.lastIndexOf(separator);
      if (at > 0) {
        String browser = described.substring(0, at).strip();
        String platform = described.substring(at + separator.length()).strip();
        return new String[] {known(browser), known(platform)};
      }
    }
    return new String[] {described.strip(), null};
  }

  private static final String SEPARATOR = " / ";

  private static String known(String value) {
    return value.isEmpty() || "null".equals(value) ? null : value;
  }

  public static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}

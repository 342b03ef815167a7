package com.genuka.privacy.candidates.control;

import com.genuka.privacy.platform.control.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Decides what an uploaded CV or cover letter really is, from its bytes and never from its name:
 * a PDF starts with {@code %PDF-} and ends with {@code %%EOF}; a DOCX is a ZIP holding
 * {@code [Content_Types].xml} that declares a Word document (macro-enabled ones are refused); an
 * ODT is a ZIP whose first entry, {@code mimetype}, says {@code application/vnd.oasis.opendocument.text}.
 * Anything else, a PDF with active content (JavaScript, launch actions, embedded files) or an
 * archive that inflates beyond reason, is refused with a message the user can act on. It also
 * reads the text out, so that card numbers (R-C1) and special categories (R-C2) can be looked for
 * in what the file says.
 */
public final class DocumentInspector {

  /** The formats HR may keep, with the type the file is served as. */
  public enum Format {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "odt");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    public String contentType() {
      return contentType;
    }

    public String extension() {
      return extension;
    }
  }

  /** What the file is and the text it holds. */
  public record Inspection(Format format, String text) {}

  static final long MAX_INFLATED = 40L * 1024 * 1024;
  static final int MAX_ENTRIES = 5000;
  static final int MAX_PDF_PAGES = 200;
  static final int MAX_TEXT = 2_000_000;
  private static final Logger LOG = Logger.getLogger(DocumentInspector.class.getName());
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern PDF_ACTIVE =
      Pattern.compile("/(?:JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)(?![A-Za-z])");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern PARAGRAPH_END = Pattern.compile("</(?:w:p|text:p|text:h)>");

  private DocumentInspector() {}

  /**
   * @throws UserFacingException {@code candidate.file.empty}, {@code candidate.file.tooLarge},
   *     {@code candidate.file.type} or {@code candidate.file.unsafe}
   */
  public static Inspection inspect(byte[] content, long maxBytes) {
    if (content == null || content.length == 0) {
      throw new UserFacingException("candidate.file.empty");
    }
    if (content.length > maxBytes) {
      throw new UserFacingException("candidate.file.tooLarge", maxBytes / (1024 * 1024));
    }
    if (startsWith(content, PDF_MAGIC)) {
      return new Inspection(Format.PDF, pdf(content));
    }
    if (content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
      return zip(content);
    }
    throw new UserFacingException("candidate.file.type");
  }

  /** A file name safe to show and to send back in a Content-Disposition header. */
  public static String safeFileName(String submitted, Format format) {
    String name = submitted == null ? "" : submitted;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    if (base.isBlank()) {
      base = "document";
    }
    if (base.length() > 120) {
      base = base.substring(0, 120);
    }
    return base + "." + format.extension();
  }

  // --- PDF --------------------------------------------------------------------------------------

  private static String pdf(byte[] content) {
    String tail = new String(content, Math.max(0, content.length - 2048), Math.min(2048, content.length),
        StandardCharsets.ISO_8859_1);
    if (!tail.contains("%%EOF")) {
      throw new UserFacingException("candidate.file.type");
    }
    String raw = new String(content, StandardCharsets.ISO_8859_1);
    StringBuilder text = new StringBuilder();
    StringBuilder dictionaries = new StringBuilder(raw.length() / 4);
    long inflated = 0;
    int at = 0;
    while (true) {
      int stream = raw.indexOf("stream", at);
      if (stream < 0) {
        dictionaries.append(raw, at, raw.length());
        break;
      }
      dictionaries.append(raw, at, stream);
      int start = stream + "stream".length();
      if (start < raw.length() && raw.charAt(start) == '\r') {
        start++;
      }
      if (start < raw.length() && raw.charAt(start) == '\n') {
        start++;
      }
      int end = raw.indexOf("endstream", start);
      if (end < 0) {
        break;
      }
      byte[] data = inflate(content, start, end - start, MAX_INFLATED - inflated);
      if (data != null) {
        inflated += data.length;
        String decoded = new String(data, StandardCharsets.ISO_8859_1);
        dictionaries.append(' ').append(decoded, 0, Math.min(decoded.length(), 1 << 16));
        literals(decoded, text);
      } else {
        literals(raw.substring(start, end), text);
      }
      at = end + "endstream".length();
    }
    if (PDF_ACTIVE.matcher(dictionaries).find()) {
      throw new UserFacingException("candidate.file.unsafe");
    }
    // Both readings are searched: PDFBox reads what real documents hold (embedded fonts, hex
    // strings, ToUnicode maps), the literal strings catch text in files it cannot lay out.
    String laidOut = laidOutText(content);
    return laidOut.isBlank() ? text.toString() : laidOut + "\n" + text;
  }

  /** The text as PDFBox lays it out, page by page; empty for a file it cannot read. */
  private static String laidOutText(byte[] content) {
    try (PDDocument document = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(MAX_PDF_PAGES);
      String text = stripper.getText(document);
      return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "PDFBox could not read an uploaded PDF; its literal strings are searched instead", e);
      return "";
    }
  }

  /** The text of PDF string literals in Tj/TJ operators: enough to read simple text PDFs. */
  private static void literals(String content, StringBuilder out) {
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (depth == 0) {
        if (c == '(') {
          depth = 1;
          current.setLength(0);
        } else if (c == 'T' && i + 1 < content.length() && (content.charAt(i + 1) == 'd' || content.charAt(i + 1) == '*'
            || content.charAt(i + 1) == 'D')) {
          out.append('\n');
        }
        continue;
      }
      if (c == '\\' && i + 1 < content.length()) {
        char n = content.charAt(++i);
        switch (n) {
          case 'n' -> current.append('\n');
          case 'r', 't' -> current.append(' ');
          default -> {
            if (n >= '0' && n <= '7') {
              int value = n - '0';
              for (int k = 0; k < 2 && i + 1 < content.length() && content.charAt(i + 1) >= '0' && content.charAt(i + 1) <= '7'; k++) {
                value = value * 8 + (content.charAt(++i) - '0');
              }
              current.append((char) value);
            } else {
              current.append(n);
            }
          }
        }
      } else if (c == '(') {
        depth++;
        current.append(c);
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          out.append(current);
        } else {
          current.append(c);
        }
      } else {
        current.append(c);
      }
      if (out.length() > 2_000_000) {
        return;
      }
    }
  }

  private static byte[] inflate(byte[] content, int offset, int length, long budget) {
    if (length <= 2 || budget <= 0) {
      return null;
    }
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(content, offset, length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(length * 4, 1 << 20));
      byte[] buffer = new byte[16 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0) {
          if (inflater.needsInput() || inflater.needsDictionary()) {
            break;
          }
        }
        out.write(buffer, 0, n);
        if (out.size() > budget) {
          throw new UserFacingException("candidate.file.unsafe");
        }
      }
      return out.size() == 0 ? null : out.toByteArray();
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }

  // --- DOCX and ODT -----------------------------------------------------------------------------

  private static Inspection zip(byte[] content) {
    Set<String> names = new HashSet<>();
    String contentTypes = null;
    String firstName = null;
    String mimetype = null;
    String body = null;
    long inflated = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (names.size() >= MAX_ENTRIES) {
          throw new UserFacingException("candidate.file.unsafe");
        }
        String name = entry.getName();
        names.add(name.toLowerCase(Locale.ROOT));
        if (firstName == null) {
          firstName = name;
        }
        boolean wanted = name.equals("[Content_Types].xml") || name.equals("mimetype")
            || name.equals("word/document.xml") || name.equals("content.xml");
        ByteArrayOutputStream kept = wanted ? new ByteArrayOutputStream() : null;
        inflated += read(zip, MAX_INFLATED - inflated, kept);
        byte[] data = kept == null ? new byte[0] : kept.toByteArray();
        switch (name) {
          case "[Content_Types].xml" -> contentTypes = new String(data, StandardCharsets.UTF_8);
          case "mimetype" -> mimetype = new String(data, StandardCharsets.US_ASCII).strip();
          case "word/document.xml", "content.xml" -> body = new String(data, StandardCharsets.UTF_8);
          default -> { }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UserFacingException("candidate.file.type");
    }
    if ("mimetype".equals(firstName) && Format.ODT.contentType().equals(mimetype) && names.contains("content.xml")) {
      if (names.stream().anyMatch(n -> n.startsWith("basic/") || n.startsWith("scripts/"))) {
        throw new UserFacingException("candidate.file.unsafe");
      }
      return new Inspection(Format.ODT, xmlText(body));
    }
    if (contentTypes != null && names.contains("word/document.xml")) {
      if (contentTypes.contains("macroEnabled") || names.stream().anyMatch(n -> n.endsWith("vbaproject.bin"))) {
        throw new UserFacingException("candidate.file.unsafe");
      }
      if (contentTypes.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")) {
        return new Inspection(Format.DOCX, xmlText(body));
      }
    }
    throw new UserFacingException("candidate.file.type");
  }

  /** Reads an entry, counting what it inflates to so that a ZIP bomb stops early; returns the count. */
  private static long read(InputStream in, long budget, ByteArrayOutputStream keep) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > budget) {
        throw new UserFacingException("candidate.file.unsafe");
      }
      if (keep != null) {
        keep.write(buffer, 0, n);
      }
    }
    return total;
  }

  static String xmlText(String xml) {
    if (xml == null) {
      return "";
    }
    String withBreaks = PARAGRAPH_END.matcher(xml).replaceAll("\n");
    String text = TAG.matcher(withBreaks).replaceAll("");
    return unescape(text);
  }

  private static String unescape(String s) {
    Matcher m = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);").matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String r = switch (e) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> {
          try {
            int cp = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
            yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
          } catch (NumberFormatException ex) {
            yield "";
          }
        }
      };
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

package com.genuka.privacy.demo.control;

import com.genuka.privacy.accounts.control.PasswordHasher;
import com.genuka.privacy.platform.control.Hashing;
import com.genuka.privacy.requests.control.DueDates;
import com.genuka.privacy.requests.control.References;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes the demo data, or large volumes for benchmarks, through plain JDBC. Everything is relative
 * to {@code now}, so the data has the same shape whatever day the portal first starts: browser
 * logs over 18 months (a third of them past the 12-month limit), recordings over 6 weeks, invoices
 * since each company signed up, candidates in every state, requests in several states.
 */
public class DemoDataGenerator {

  private static final String[] FIRST = {"Alice", "Bruno", "Chantal", "Didier", "Estelle", "Fabrice",
      "Grace", "Hugo", "Inès", "Joël", "Karine", "Léon", "Mireille", "Noé", "Odile", "Patrice",
      "Rachel", "Samuel", "Thérèse", "Ulrich", "Valérie", "William", "Yvette", "Zacharie"};
  private static final String[] LAST = {"Abena", "Bernard", "Chevalier", "Djoumessi", "Etoa",
      "Fontaine", "Garnier", "Hamadou", "Isnard", "Jacquet", "Kouam", "Lemaire", "Mballa", "Nkodo",
      "Olinga", "Perrin", "Roussel", "Simo", "Tchana", "Vidal"};
  private static final String[] BROWSERS = {"Chrome 129.0", "Firefox 131.0", "Safari 17.6", "Edge 129.0"};
  private static final String[] PLATFORMS = {"Windows 11", "macOS 14", "Android 14", "iOS 17", "Linux"};
  private static final String[] REFERRERS = {"https://www.google.com/", "https://genuka.com/",
      "https://www.facebook.com/", "https://genuka.com/blog/vendre-en-ligne", null, null};
  private static final String[] PATHS = {"/dashboard", "/orders", "/products", "/customers",
      "/invoices", "/settings", "/shop"};

  private final Connection c;
  private final Instant now;
  private final ZoneId zone;
  private final LocalDate today;
  private final Random random = new Random(20240503L);

  public DemoDataGenerator(Connection connection, Instant now, ZoneId zone) {
    this.c = connection;
    this.now = now.truncatedTo(ChronoUnit.MILLIS);
    this.zone = zone;
    this.today = LocalDate.ofInstant(now, zone);
  }

  /** What the demo holds, for the start-up log. */
  public record Summary(int accounts, int tenants, long browserLogRows, int candidates, int requests) {}

  public Summary loadDemo() throws SQLException {
    long policy = queryLong("SELECT id FROM policy_version ORDER BY effective_date DESC FETCH FIRST 1 ROWS ONLY");

    long admin = staff(DemoAccounts.ADMIN);
    long admin2 = staff(DemoAccounts.ADMIN_2);
    staff(DemoAccounts.HR);

    long kamga = tenant("Boulangerie Kamga", "PRO", false, "CM", days(900), days(1));
    long lumiere = tenant("Atelier Lumière SARL", "ENTERPRISE", true, "FR", days(1100), days(95));
    long bello = tenant("Bello Électronique", "LIGHT", false, "CM", days(400), days(3));

    long jean = customer(DemoAccounts.PRO_OWNER, kamga, true, "+237699123456",
        new String[] {"12 rue Joss", "Bonapriso", "BP 4512", "Douala", "CM"}, days(900));
    long marie = customer(DemoAccounts.PRO_STAFF, kamga, false, null, null, days(600));
    long sophie = customer(DemoAccounts.ENTERPRISE_OWNER, lumiere, true, "+33612345678",
        new String[] {"8 rue des Lilas", null, "69003", "Lyon", "FR"}, days(1100));
    long ibrahim = customer(DemoAccounts.LIGHT_OWNER, bello, true, "+237677889900",
        new String[] {"Avenue Kennedy 21", null, "BP 210", "Yaoundé", "CM"}, days(400));

    consent(jean, "MARKETING", true, days(900), "SIGNUP", policy);
    consent(jean, "EVENT_SHARING", true, days(200), "PORTAL", policy);
    consent(jean, "MARKETING", false, days(180), "UNSUBSCRIBE_LINK", policy);
    consent(marie, "MARKETING", false, days(600), "SIGNUP", policy);
    consent(sophie, "MARKETING", true, days(1100), "SIGNUP", policy);
    consent(sophie, "MARKETING", false, days(300), "PORTAL", policy);
    consent(sophie, "MARKETING", true, days(60), "PORTAL", policy);
    consent(ibrahim, "MARKETING", true, days(400), "SIGNUP", policy);

    long logRows = 0;
    logRows += browserLog(kamga, jean, 420, "41.202", "fr-CM", "CM");
    logRows += browserLog(kamga, marie, 180, "41.204", "fr-CM", "CM");
    logRows += browserLog(lumiere, sophie, 420, "90.12", "en-GB", "FR");
    logRows += browserLog(bello, ibrahim, 240, "154.72", "en-CM", "CM");
    logRows += browserLog(null, null, 500, "102.244", "fr-FR", "FR");

    for (long[] user : new long[][] {{kamga, jean}, {kamga, marie}, {lumiere, sophie}, {bello, ibrahim}}) {
      recordings(user[0], user[1], 12);
      sessions(user[1]);
    }

    tenantContent(kamga, 40, "CM");
    tenantContent(lumiere, 60, "FR");
    tenantContent(bello, 25, "CM");

    invoices(kamga, jean, "Boulangerie Kamga", DemoAccounts.PRO_OWNER, "CM", "XAF", 1_500_000, "NotchPay", 30, "12 rue Joss, Bonapriso, Douala");
    invoices(lumiere, sophie, "Atelier Lumière SARL", DemoAccounts.ENTERPRISE_OWNER, "FR", "EUR", 49_900, "Stripe", 36, "8 rue des Lilas, 69003 Lyon");
    invoices(bello, ibrahim, "Bello Électronique", DemoAccounts.LIGHT_OWNER, "CM", "XAF", 500_000, "Flutterwave", 13, "Avenue Kennedy 21, Yaoundé");

    event(jean, "Genuka Business Day — Douala", today.minusMonths(7), "GICAM",
        DemoAccounts.PRO_OWNER.fullName(), DemoAccounts.PRO_OWNER.email(), "+237699123456", "Boulangerie Kamga", true);
    event(sophie, "Salon du commerce connecté — Paris", today.minusMonths(4), null,
        DemoAccounts.ENTERPRISE_OWNER.fullName(), DemoAccounts.ENTERPRISE_OWNER.email(), "+33612345678", "Atelier Lumière SARL", false);

    List<Long> candidates = candidates();

    int requests = requests(admin, admin2, jean, marie, sophie, ibrahim, kamga, lumiere, bello, candidates);

    return new Summary(DemoAccounts.ALL.size(), 3, logRows, candidates.size(), requests);
  }

  // --- accounts and tenants -------------------------------------------------------------

  private long staff(DemoAccounts.Account a) throws SQLException {
    long id = account(a, null, false, null, null, days(1200));
    role(id, a.role());
    return id;
  }

  private long customer(DemoAccounts.Account a, long tenant, boolean tenantAdmin, String phone,
      String[] address, Instant created) throws SQLException {
    long id = account(a, tenant, tenantAdmin, phone, address, created);
    role(id, "CUSTOMER");
    return id;
  }

  private long account(DemoAccounts.Account a, Long tenant, boolean tenantAdmin, String phone,
      String[] address, Instant created) throws SQLException {
    return insert("INSERT INTO user_account (subject_ref, tenant_id, email, password_hash, full_name, phone,"
            + " address_line1, address_line2, postal_code, city, country, locale, tenant_admin, status,"
            + " unsubscribe_token, created_at, last_login_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'ACTIVE',?,?,?)",
        UUID.randomUUID().toString(), tenant, a.email(), PasswordHasher.hash(a.password().toCharArray()),
        a.fullName(), phone, address == null ? null : address[0], address == null ? null : address[1],
        address == null ? null : address[2], address == null ? null : address[3],
        address == null ? null : address[4], a.locale(), tenantAdmin, Hashing.newToken(), created,
        days(2));
  }

  private void role(long user, String role) throws SQLException {
    update("INSERT INTO user_role (user_id, role) VALUES (?, ?)", user, role);
  }

  private long tenant(String name, String plan, boolean ownDb, String country, Instant created,
      Instant lastUsed) throws SQLException {
    return insert("INSERT INTO tenant (name, plan, own_database, billing_country, status, created_at, last_used_at)"
        + " VALUES (?,?,?,?,'ACTIVE',?,?)", name, plan, ownDb, country, created, lastUsed);
  }

  private void consent(long user, String purpose, boolean granted, Instant at, String method,
      long policy) throws SQLException {
    update("INSERT INTO consent_record (user_id, purpose, granted, recorded_at, method, policy_version_id)"
        + " VALUES (?,?,?,?,?,?)", user, purpose, granted, at, method, policy);
  }

  // --- C3, sessions, C5 -----------------------------------------------------------------

  /** Visits spread evenly over the last 18 months. */
  private long browserLog(Long tenant, Long user, int count, String ipPrefix, String language,
      String country) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO browser_log (tenant_id, user_id, visited_at,"
        + " ip_address, browser, platform, referrer, language, country, path) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      long span = Duration.ofDays(548).toSeconds();
      for (int i = 0; i < count; i++) {
        Instant at = now.minusSeconds(span * (i + 1) / (count + 1) + random.nextInt(3600));
        bind(p, tenant, user, at, ipPrefix + "." + random.nextInt(256) + "." + (1 + random.nextInt(254)),
            pick(BROWSERS), pick(PLATFORMS), pick(REFERRERS), language, country, pick(PATHS));
        p.addBatch();
      }
      p.executeBatch();
    }
    return count;
  }

  private void recordings(long tenant, long user, int count) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO session_recording (tenant_id, user_id,"
        + " recorded_at, duration_seconds, page_count, masked_fields, storage_key) VALUES (?,?,?,?,?,?,?)")) {
      for (int i = 0; i < count; i++) {
        Instant at = now.minus(Duration.ofHours(6 + (long) i * 84));
        bind(p, tenant, user, at, 60 + random.nextInt(1700), 3 + random.nextInt(22),
            "password,new_password,otp_code,iban", "posthog:rec_" + Hashing.newToken().substring(0, 16));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void sessions(long user) throws SQLException {
    session(user, hours(30), Duration.ofMinutes(50));
    session(user, days(5), Duration.ofDays(3));
    session(user, days(12), Duration.ofDays(9));
    session(user, days(95), Duration.ofHours(2));
  }

  private void session(long user, Instant created, Duration idle) throws SQLException {
    update("INSERT INTO server_session (session_hash, user_id, created_at, last_activity_at, ip_address,"
        + " user_agent) VALUES (?,?,?,?,?,?)", Hashing.sha256Hex(Hashing.newToken()), user, created,
        now.minus(idle), "41.202.10." + random.nextInt(255), pick(BROWSERS) + " / " + pick(PLATFORMS));
  }

  // --- C4 ---------------------------------------------------------------------------------

  private void tenantContent(long tenant, int customers, String country) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO tenant_customer (tenant_id, full_name, email,"
        + " phone, city, country, notes, created_at) VALUES (?,?,?,?,?,?,?,?)")) {
      for (int i = 0; i < customers; i++) {
        String first = pick(FIRST);
        String last = pick(LAST);
        bind(p, tenant, first + " " + last, mail(first, last, "client" + tenant + i), phone(country),
            country.equals("FR") ? "Lyon" : "Douala", country,
            i % 7 == 0 ? "Client fidèle, préfère la livraison le samedi." : null, days(30 + random.nextInt(600)));
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO tenant_employee (tenant_id, full_name, email,"
        + " phone, job_title, hired_on, created_at) VALUES (?,?,?,?,?,?,?)")) {
      String[] jobs = {"Vendeur", "Caissière", "Livreur", "Gérante", "Comptable", "Boulanger"};
      for (int i = 0; i < jobs.length; i++) {
        String first = pick(FIRST);
        String last = pick(LAST);
        bind(p, tenant, first + " " + last, mail(first, last, "staff" + tenant + i), phone(country), jobs[i],
            today.minusDays(100 + random.nextInt(1500)), days(100));
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO tenant_media (tenant_id, kind, file_name,"
        + " content_type, size_bytes, storage_key, uploaded_at) VALUES (?,?,?,?,?,?,?)")) {
      String[][] media = {{"LOGO", "logo.png", "image/png"}, {"PHOTO", "vitrine.jpg", "image/jpeg"},
          {"PHOTO", "produit-01.jpg", "image/jpeg"}, {"PHOTO", "produit-02.jpg", "image/jpeg"},
          {"VIDEO", "presentation.mp4", "video/mp4"}, {"DOCUMENT", "catalogue-2025.pdf", "application/pdf"},
          {"DOCUMENT", "conditions-generales.pdf", "application/pdf"}, {"PHOTO", "equipe.jpg", "image/jpeg"}};
      for (String[] m : media) {
        bind(p, tenant, m[0], m[1], m[2], 20_000L + random.nextInt(5_000_000),
            "s3://genuka-media/tenant-" + tenant + "/" + m[1], days(10 + random.nextInt(500)));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  // --- C7, C8 -------------------------------------------------------------------------------

  private void invoices(long tenant, long user, String company, DemoAccounts.Account owner,
      String country, String currency, long amount, String processor, int months, String address)
      throws SQLException {
    int years = (int) queryLong("SELECT years FROM legal_period WHERE country = '" + country + "' AND kind = 'BILLING'");
    try (PreparedStatement p = c.prepareStatement("INSERT INTO invoice (tenant_id, user_id, number, issued_on,"
        + " amount_cents, currency, description, billing_name, billing_company, billing_email, billing_address,"
        + " billing_country, payment_processor, processor_reference, pseudonymised, legal_hold_until)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,FALSE,?)")) {
      LocalDate first = today.withDayOfMonth(1).minusMonths(months - 1L);
      for (int i = 0; i < months; i++) {
        LocalDate issued = first.plusMonths(i);
        bind(p, tenant, user, String.format("GEN-%d-%05d", issued.getYear(), tenant * 1000 + i), issued,
            amount, currency, "Abonnement Genuka — " + issued.getMonth().getValue() + "/" + issued.getYear(),
            owner.fullName(), company, owner.email(), address, country, processor,
            processor.toLowerCase().substring(0, 2) + "_" + Hashing.newToken().substring(0, 14),
            issued.plusYears(years));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void event(long user, String name, LocalDate date, String coOrganiser, String fullName,
      String email, String phone, String company, boolean share) throws SQLException {
    update("INSERT INTO event_registration (user_id, event_name, event_date, co_organiser, full_name, email,"
        + " phone, company, share_with_partners, registered_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        user, name, date, coOrganiser, fullName, email, phone, company, share,
        date.minusDays(20).atStartOfDay(zone).toInstant());
  }

  // --- C2 -------------------------------------------------------------------------------------

  private List<Long> candidates() throws SQLException {
    List<Long> ids = new ArrayList<>();
    ids.add(candidate("Lucas Moreau", "lucas.moreau@example.org", "+33698765432", "Développeur Java",
        "APPLIED", "fr", days(5), days(5), "Candidature spontanée via le site.", null));
    ids.add(candidate("Fatou Diallo", "fatou.diallo@example.org", "+221771234567", "Product Designer",
        "INTERVIEWING", "fr", days(20), days(3), "Premier entretien le 12, très bon portfolio.", null));
    long thomas = candidate("Thomas Nguema", "thomas.nguema@example.org", "+237655443322",
        "Customer Success Manager", "OFFER", "fr", days(45), days(2), "Offre envoyée, réponse attendue.", null);
    update("UPDATE candidate SET home_address = ?, date_of_birth = ?, employment_country = 'CM' WHERE id = ?",
        "45 rue de l'Hôpital, Yaoundé", LocalDate.of(1994, 6, 14), thomas);
    ids.add(thomas);
    long amina = candidate("Amina Njoya", "amina.njoya@example.org", "+237699001122", "Comptable",
        "HIRED", "fr", days(800), days(30), "Embauchée, CDI.", null);
    update("UPDATE candidate SET home_address = ?, date_of_birth = ?, id_document_number = ?, bank_iban = ?,"
        + " employment_country = 'CM', contract_start = ? WHERE id = ?", "Quartier Bastos, Yaoundé",
        LocalDate.of(1990, 2, 3), "CM-ID-118842", "CM2110005678901234567890123", today.minusDays(760), amina);
    ids.add(amina);
    long pierre = candidate("Pierre Lefèvre", "pierre.lefevre@example.org", "+33611223344", "Commercial",
        "HIRED", "fr", days(2900), days(1840), "Contrat terminé.", null);
    update("UPDATE candidate SET employment_country = 'FR', contract_start = ?, contract_end = ? WHERE id = ?",
        today.minusDays(2800), today.minusYears(5).plusDays(10), pierre);
    ids.add(pierre);
    ids.add(candidate("Nadia Benali", "nadia.benali@example.org", "+33622334455", "Développeur Java",
        "REJECTED", "fr", days(1120), days(3 * 365 - 12), "Profil intéressant pour un futur poste.", null));
    ids.add(candidate("Kevin Essomba", "kevin.essomba@example.org", "+237670112233", "Data Analyst",
        "REJECTED", "en", days(400), days(365), null, null));
    ids.add(candidate("Sarah Cohen", "sarah.cohen@example.org", null, "Product Designer",
        "WITHDRAWN", "en", days(90), days(60), "A accepté une autre offre.", null));
    long yannick = candidate("Yannick Mbarga", "yannick.mbarga@example.org", "+237690909090", "Livreur",
        "REJECTED", "fr", days(200), days(150), null, null);
    update("UPDATE candidate SET objected_to_retention = TRUE WHERE id = ?", yannick);
    ids.add(yannick);
    for (long id : ids) {
      update("INSERT INTO candidate_document (candidate_id, kind, file_name, content_type, size_bytes, content,"
          + " uploaded_at) VALUES (?,?,?,?,?,?,?)", id, "CV", "cv.pdf", "application/pdf",
          MINIMAL_PDF.length, MINIMAL_PDF, days(5));
    }
    return ids;
  }

  private long candidate(String name, String email, String phone, String position, String state,
      String locale, Instant applied, Instant lastContact, String notes, String letter) throws SQLException {
    long id = insert("INSERT INTO candidate (subject_ref, full_name, email, phone, position, state, locale,"
            + " applied_at, last_contact_at, notes, cover_letter_text, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        UUID.randomUUID().toString(), name, email, phone, position, state, locale, applied, lastContact,
        notes, letter == null ? "Madame, Monsieur, je vous adresse ma candidature pour le poste de "
            + position + "." : letter, applied);
    update("INSERT INTO candidate_event (candidate_id, occurred_at, kind, from_state, to_state)"
        + " VALUES (?,?,'APPLIED',NULL,'APPLIED')", id, applied);
    if (!"APPLIED".equals(state)) {
      update("INSERT INTO candidate_event (candidate_id, occurred_at, kind, from_state, to_state)"
          + " VALUES (?,?,'STATE',?,?)", id, lastContact, "APPLIED", state);
    }
    return id;
  }

  // --- requests -----------------------------------------------------------------------------

  private int requests(long admin, long admin2, long jean, long marie, long sophie, long ibrahim,
      long kamga, long lumiere, long bello, List<Long> candidates) throws SQLException {
    int n = 0;
    long r;
    r = request("ACCESS", "COMPLETED", "PORTAL", "CUSTOMER", jean, null, kamga, DemoAccounts.PRO_OWNER,
        days(62), "Je souhaite une copie de mes données.", admin, null);
    update("UPDATE privacy_request SET closed_at = ? WHERE id = ?", days(40), r);
    event(r, days(62), null, "SUBJECT", "SUBMITTED", null, "SUBMITTED");
    event(r, days(61), admin, "ADMIN", "VERIFIED", "SUBMITTED", "VERIFIED");
    event(r, days(45), admin, "ADMIN", "STARTED", "VERIFIED", "IN_PROGRESS");
    event(r, days(40), admin, "ADMIN", "COMPLETED", "IN_PROGRESS", "COMPLETED");
    n++;

    r = request("PORTABILITY", "IN_PROGRESS", "PORTAL", "CUSTOMER", sophie, null, lumiere,
        DemoAccounts.ENTERPRISE_OWNER, days(20), "Export of my data in a machine-readable format.", admin2, null);
    event(r, days(20), null, "SUBJECT", "SUBMITTED", null, "SUBMITTED");
    event(r, days(20), admin2, "ADMIN", "VERIFIED", "SUBMITTED", "VERIFIED");
    event(r, days(18), admin2, "ADMIN", "STARTED", "VERIFIED", "IN_PROGRESS");
    n++;

    r = request("OBJECTION", "SUBMITTED", "EMAIL", "CUSTOMER", ibrahim, null, bello,
        DemoAccounts.LIGHT_OWNER, days(2), "E-mail to privacy@genuka.com: stop the newsletters.", null, null);
    update("UPDATE privacy_request SET objection_processing = 'MARKETING' WHERE id = " + r);
    event(r, days(2), admin, "ADMIN", "LOGGED", null, "SUBMITTED");
    n++;

    r = request("ACCESS", "IDENTITY_PENDING", "WEB_FORM", "VISITOR", null, null, null,
        new DemoAccounts.Account("marc.petit@example.org", null, "Marc Petit", null, "fr"), hours(1),
        "Quelles données détenez-vous sur moi ?", null, null);
    event(r, hours(1), null, "SUBJECT", "SUBMITTED", null, "SUBMITTED");
    event(r, hours(1), null, "SYSTEM", "VERIFICATION_SENT", "SUBMITTED", "IDENTITY_PENDING");
    n++;

    long fatou = candidates.get(1);
    r = request("RECTIFICATION", "VERIFIED", "WHATSAPP", "CANDIDATE", null, fatou, null,
        new DemoAccounts.Account("fatou.diallo@example.org", null, "Fatou Diallo", null, "fr"), days(25),
        "WhatsApp du " + today.minusDays(25) + " : nouveau numéro +221 77 765 43 21.", admin, null);
    event(r, days(25), admin, "ADMIN", "LOGGED", null, "SUBMITTED");
    event(r, days(24), admin, "ADMIN", "VERIFIED", "SUBMITTED", "VERIFIED");
    n++;

    long kevin = candidates.get(6);
    r = request("ERASURE", "SUBMITTED", "EMAIL", "CANDIDATE", null, kevin, null,
        new DemoAccounts.Account("kevin.essomba@example.org", null, "Kevin Essomba", null, "en"), days(35),
        "Please delete my application data.", null, null);
    event(r, days(35), admin2, "ADMIN", "LOGGED", null, "SUBMITTED");
    n++;

    r = request("RESTRICTION", "REJECTED", "PORTAL", "CUSTOMER", jean, null, kamga, DemoAccounts.PRO_OWNER,
        days(30), "Limiter l'usage de mes factures.", admin,
        "Les factures sont conservées au titre d'une obligation légale (facturation et fiscalité).");
    update("UPDATE privacy_request SET closed_at = ? WHERE id = ?", days(10), r);
    event(r, days(30), null, "SUBJECT", "SUBMITTED", null, "SUBMITTED");
    event(r, days(29), admin, "ADMIN", "VERIFIED", "SUBMITTED", "VERIFIED");
    event(r, days(10), admin, "ADMIN", "REJECTED", "VERIFIED", "REJECTED");
    n++;

    r = request("TENANT_EXPORT", "CANCELLED", "PORTAL", "CUSTOMER", sophie, null, lumiere,
        DemoAccounts.ENTERPRISE_OWNER, days(50), null, null, null);
    update("UPDATE privacy_request SET closed_at = ? WHERE id = ?", days(49), r);
    event(r, days(50), null, "SUBJECT", "SUBMITTED", null, "SUBMITTED");
    event(r, days(49), null, "SUBJECT", "CANCELLED", "SUBMITTED", "CANCELLED");
    n++;

    r = request("ACCESS", "VERIFIED", "PORTAL", "CUSTOMER", marie, null, kamga, DemoAccounts.PRO_STAFF,
        days(6), "Quelles données de navigation conservez-vous ?", null, null);
    event(r, days(6), null, "SUBJECT", "SUBMITTED", null, "SUBMITTED");
    event(r, days(6), null, "SYSTEM", "VERIFIED", "SUBMITTED", "VERIFIED");
    n++;
    return n;
  }

  private long request(String type, String status, String channel, String kind, Long user,
      Long candidate, Long tenant, DemoAccounts.Account subject, Instant received, String details,
      Long assignee, String rejection) throws SQLException {
    LocalDate due = DueDates.dueDate(received, zone);
    String subjectRef = user != null
        ? queryString("SELECT subject_ref FROM user_account WHERE id = " + user)
        : candidate != null ? queryString("SELECT subject_ref FROM candidate WHERE id = " + candidate)
        : UUID.randomUUID().toString();
    return insert("INSERT INTO privacy_request (reference, type, status, channel, subject_kind, subject_ref,"
            + " subject_user_id, subject_candidate_id, tenant_id, subject_email, subject_name, locale, details,"
            + " received_at, due_date, original_due_date, assigned_to, rejection_reason, created_at)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        References.newReference(), type, status, channel, kind, subjectRef, user, candidate, tenant,
        subject.email(), subject.fullName(), subject.locale(), details, received, due, due, assignee,
        rejection, received);
  }

  private void event(long request, Instant at, Long actor, String actorKind, String action,
      String from, String to) throws SQLException {
    update("INSERT INTO request_event (request_id, occurred_at, actor_user_id, actor_kind, action,"
        + " from_status, to_status) VALUES (?,?,?,?,?,?,?)", request, at, actor, actorKind, action, from, to);
  }

  // --- volumes for benchmarks -----------------------------------------------------------------

  /**
   * Inserts {@code count} browser-log rows for one user, their visits spread evenly between
   * {@code from} and {@code to}, in batches committed one by one.
   */
  public long bulkBrowserLog(Long tenant, Long user, long count, Instant from, Instant to, int batch)
      throws SQLException {
    long span = Duration.between(from, to).toMillis();
    try (PreparedStatement p = c.prepareStatement("INSERT INTO browser_log (tenant_id, user_id, visited_at,"
        + " ip_address, browser, platform, referrer, language, country, path) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      for (long i = 0; i < count; i++) {
        Instant at = from.plusMillis(count == 1 ? 0 : span * i / (count - 1));
        bind(p, tenant, user, at, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255),
            BROWSERS[(int) (i % BROWSERS.length)], PLATFORMS[(int) (i % PLATFORMS.length)],
            REFERRERS[(int) (i % REFERRERS.length)], "fr-FR", "FR", PATHS[(int) (i % PATHS.length)]);
        p.addBatch();
        if ((i + 1) % batch == 0) {
          p.executeBatch();
          commitIfManual();
        }
      }
      p.executeBatch();
      commitIfManual();
    }
    return count;
  }

  /** Inserts {@code count} customers into one tenant's partition, for export benchmarks. */
  public long bulkTenantCustomers(long tenant, long count, int batch) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO tenant_customer (tenant_id, full_name, email,"
        + " phone, city, country, notes, created_at) VALUES (?,?,?,?,?,?,?,?)")) {
      for (long i = 0; i < count; i++) {
        String first = FIRST[(int) (i % FIRST.length)];
        String last = LAST[(int) (i / FIRST.length % LAST.length)];
        bind(p, tenant, first + " " + last, "client" + i + "@bench.example", "+3361" + String.format("%07d", i % 10_000_000),
            "Lyon", "FR", i % 5 == 0 ? "Note " + i : null, now.minusSeconds(i));
        p.addBatch();
        if ((i + 1) % batch == 0) {
          p.executeBatch();
          commitIfManual();
        }
      }
      p.executeBatch();
      commitIfManual();
    }
    return count;
  }

  /** A tenant and its administrator for benchmarks; returns {tenantId, userId}. */
  public long[] benchTenant(String name) throws SQLException {
    long tenant = tenant(name, "ENTERPRISE", true, "FR", days(400), days(1));
    String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@bench.example";
    long user = account(new DemoAccounts.Account(email, "Bench-2024-password", "Bench Admin", "CUSTOMER", "fr"),
        tenant, true, null, null, days(400));
    role(user, "CUSTOMER");
    commitIfManual();
    return new long[] {tenant, user};
  }

  // --- JDBC helpers -----------------------------------------------------------------------------

  private void commitIfManual() throws SQLException {
    if (!c.getAutoCommit()) {
      c.commit();
    }
  }

  private Instant days(long days) {
    return now.minus(Duration.ofDays(days));
  }

  private Instant hours(long hours) {
    return now.minus(Duration.ofHours(hours));
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private String mail(String first, String last, String unique) {
    String local = (first + "." + last).toLowerCase()
        .replace('é', 'e').replace('è', 'e').replace('ë', 'e').replace('ï', 'i').replace('ô', 'o')
        .replace(' ', '-');
    return local + "." + unique.hashCode() % 1000 + "@example.net";
  }

  private String phone(String country) {
    return "FR".equals(country) ? "+336" + (10_000_000 + random.nextInt(89_999_999))
        : "+2376" + (70_000_000 + random.nextInt(29_999_999));
  }

  private long insert(String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql, new String[] {"id"})) {
      bind(p, params);
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void update(String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, params);
      p.executeUpdate();
    }
  }

  private long queryLong(String sql) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private String queryString(String sql) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
      r.next();
      return r.getString(1);
    }
  }

  private static void bind(PreparedStatement p, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object v = params[i];
      if (v == null) {
        p.setNull(i + 1, Types.NULL);
      } else if (v instanceof Instant instant) {
        p.setTimestamp(i + 1, Timestamp.from(instant));
      } else if (v instanceof LocalDate date) {
        p.setDate(i + 1, Date.valueOf(date));
      } else if (v instanceof byte[] bytes) {
        p.setBytes(i + 1, bytes);
      } else {
        p.setObject(i + 1, v);
      }
    }
  }

  /** A one-page PDF that says "CV". Real enough for the HR pages to serve and for file checks. */
  static final byte[] MINIMAL_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
      + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
      + "4 0 obj<</Length 37>>stream\nBT /F1 24 Tf 100 60 Td (CV) Tj ET\nendstream endobj\n"
      + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
      + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
}

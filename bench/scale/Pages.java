import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the fixed page list of the scale benchmark (bench/scale/run), one request at a time, as three people and
 * an anonymous visitor: WARMUP untimed and RUNS timed requests per page; prints, per page, the HTTP status, p50,
 * p95 and max of the time to the last byte on loopback (server time plus a loopback round trip), the HTML size
 * and the verdict against the targets (p95 < 1 s and < 300 KB; the anonymous figures page < 50 ms at p95).
 *
 * <pre>java bench/scale/Pages.java BASE RUNS WARMUP PERIOD_ID ROUND_ID PASSWORD</pre>
 *
 * Pages that follow from another (the inbox's later page, the search by a code, the dashboard's clause views and
 * its drill-down) are found in the page they follow from, as a person would click them.
 */
public class Pages {

    static final Pattern CODE = Pattern.compile("PA-[0-9A-Z]{5}-[0-9A-Z]{5}");
    static final Pattern CLAUSE = Pattern.compile("clause=([0-9][a-z]?)\\b|<option value=\"([0-9][a-z]?)\"");
    static final Pattern NEXT = Pattern.compile("<a[^>]*rel=\"next\"[^>]*href=\"([^\"]+)\"|<a[^>]*href=\"([^\"]+)\"[^>]*rel=\"next\"");
    static final Pattern DRILL = Pattern.compile("href=\"(/dashboard\\?[^\"]*unit=[0-9]+[^\"]*)\"");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Result(String who, String page, int status, double p50, double p95, double max, int kb, String note) {
    }

    static String base;
    static int runs;
    static int warmup;
    static final List<Result> results = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        base = args[0];
        if (args[1].equals("prepare")) {
            prepare(args[2]);
            return;
        }
        runs = Integer.parseInt(args[1]);
        warmup = Integer.parseInt(args[2]);
        String period = args[3];
        String round = args[4];
        String password = args[5];
        staff("chutich.toanquoc", "Chủ tịch (gốc toàn quốc)", password, period, round);
        staff("noivu", "Sở Nội vụ TP.HCM", password, period, round);
        staff("anbinh.canbo", "Cán bộ xã Phú Giáo", password, period, round);
        HttpClient anonymous = client();
        time(anonymous, "khách (ẩn danh)", "/");
        time(anonymous, "khách (ẩn danh)", "/portal/figures");
        time(anonymous, "khách (ẩn danh)", "/portal/answers");
        String answers = get(anonymous, "/portal/answers").body();
        Matcher next = NEXT.matcher(answers);
        if (next.find()) {
            time(anonymous, "khách (ẩn danh)", unescape(first(next)));
        }
        print();
    }

    static void staff(String user, String who, String password, String period, String round) throws Exception {
        HttpClient http = client();
        signIn(http, user, password);
        String dashboard = time(http, who, "/dashboard");
        Set<String> clauses = new LinkedHashSet<>();
        Matcher m = CLAUSE.matcher(dashboard);
        while (m.find()) {
            clauses.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        for (String clause : clauses) {
            time(http, who, "/dashboard?clause=" + clause);
        }
        Matcher drill = DRILL.matcher(dashboard);
        if (drill.find()) {
            time(http, who, unescape(drill.group(1)) + "  (drill-down)");
        }
        String inbox = time(http, who, "/petitions");
        String later = inbox;
        String laterPath = null;
        for (int page = 2; page <= 5; page++) {
            Matcher next = NEXT.matcher(later);
            if (!next.find()) {
                break;
            }
            laterPath = unescape(first(next));
            later = get(http, laterPath).body();
        }
        if (laterPath != null) {
            time(http, who, laterPath + "  (a later page)");
        }
        time(http, who, "/petitions?q=" + URLEncoder.encode("nhuộm vải", StandardCharsets.UTF_8) + "  (rare word)");
        Matcher code = CODE.matcher(later);
        if (code.find()) {
            time(http, who, "/petitions?q=" + code.group() + "  (code)");
        }
        time(http, who, "/petitions/figures");
        time(http, who, "/reporting/periods/" + period + "  (completeness)");
        time(http, who, "/reporting/periods/" + period + "/consolidation");
        if (!round.isBlank()) {
            time(http, who, "/commendation/" + round + "  (ranking)");
        }
    }

    /**
     * As the country's Home Affairs: opens a commendation round of this year for the commune committees and ranks
     * it (from the request to the end of its background job, timed for information); prints "round ID MS".
     */
    static void prepare(String password) throws Exception {
        HttpClient http = client();
        signIn(http, "noivu.toanquoc", password);
        Matcher csrf = CSRF.matcher(get(http, "/commendation/new").body());
        csrf.find();
        String form = "year=" + java.time.Year.now() + "&collectiveTitles=" + enc("Cờ thi đua")
                + "&individualTitles=" + enc("Bằng khen") + "&unitKinds=COMMUNE_COMMITTEE&places=10&_csrf="
                + enc(csrf.group(1));
        HttpResponse<String> opened = post(http, "/commendation", form);
        String to = opened.headers().firstValue("Location").orElseThrow();
        String round = to.replaceAll(".*/commendation/([0-9]+).*", "$1");
        String page = get(http, "/commendation/" + round).body();
        String rankForm = page.substring(page.indexOf("/commendation/" + round + "/rank"));
        rankForm = rankForm.substring(0, rankForm.indexOf("</form>"));
        StringBuilder fields = new StringBuilder();
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(rankForm);
        while (hidden.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find() && value.find()) {
                fields.append(fields.isEmpty() ? "" : "&").append(enc(name.group(1))).append('=').append(enc(value.group(1)));
            }
        }
        long start = System.nanoTime();
        HttpResponse<String> ranked = post(http, "/commendation/" + round + "/rank", fields.toString());
        double answered = (System.nanoTime() - start) / 1e6;
        if (ranked.statusCode() != 303) {
            throw new IllegalStateException("ranking answered " + ranked.statusCode() + ": " + ranked.body().replaceAll("(?s)<[^>]+>", " ").replaceAll("\\s+", " "));
        }
        // the ranking runs as a background job: its page is read every half second until it ended
        String job = ranked.headers().firstValue("Location").orElseThrow();
        String state;
        do {
            Thread.sleep(500);
            Matcher m = Pattern.compile("id=\"job-state\"[^>]*>([^<]*)<").matcher(get(http, job).body());
            state = m.find() ? m.group(1).trim() : "?";
        } while (!state.equals("Hoàn thành") && !state.equals("Không thành công"));
        double ms = (System.nanoTime() - start) / 1e6;
        if (!state.equals("Hoàn thành")) {
            throw new IllegalStateException("the ranking job " + job + " failed");
        }
        System.err.printf(Locale.ROOT, "rank request answered in %.1f ms (303 to %s)%n", answered, job);
        System.out.printf(Locale.ROOT, "round %s %.1f%n", round, ms);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> post(HttpClient http, String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String first(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    static String unescape(String href) {
        return href.replace("&amp;", "&");
    }

    /** Times one page; the label after two spaces is a note, not part of the address. */
    static String time(HttpClient http, String who, String pathAndNote) throws Exception {
        String path = pathAndNote.contains("  ") ? pathAndNote.substring(0, pathAndNote.indexOf("  ")) : pathAndNote;
        String note = pathAndNote.contains("  ") ? pathAndNote.substring(pathAndNote.indexOf("  ") + 2) : "";
        HttpResponse<String> last = null;
        for (int i = 0; i < warmup; i++) {
            last = get(http, path);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = get(http, path);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        int bytes = last.body().getBytes(StandardCharsets.UTF_8).length;
        Result r = new Result(who, path, last.statusCode(), ms[ms.length / 2],
                ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.95) - 1)], ms[ms.length - 1],
                (bytes + 1023) / 1024, note);
        results.add(r);
        System.err.printf(Locale.ROOT, "%-26s %-70s %3d p50 %8.1f p95 %8.1f max %8.1f ms %6d KB %s%n", who, path,
                r.status, r.p50, r.p95, r.max, r.kb, note);
        return last.body();
    }

    static void print() {
        System.out.printf(Locale.ROOT, "%-26s %-66s %4s %9s %9s %9s %7s  %s%n", "who", "page", "http", "p50 ms",
                "p95 ms", "max ms", "KB", "verdict");
        int missed = 0;
        for (Result r : results) {
            boolean anonymousFigures = r.page.equals("/portal/figures");
            double limit = anonymousFigures ? 50 : 1000;
            boolean ok = r.status == 200 && r.p95 < limit && r.kb < 300;
            String verdict = r.status != 200 ? "HTTP " + r.status
                    : ok ? "met" : "MISSED (p95 < " + (int) limit + " ms, < 300 KB)";
            if (!ok && r.status == 200) {
                missed++;
            }
            String page = r.page + (r.note.isEmpty() ? "" : "  (" + r.note + ")");
            System.out.printf(Locale.ROOT, "%-26s %-66s %4d %9.1f %9.1f %9.1f %7d  %s%n", r.who,
                    page.length() > 66 ? page.substring(0, 63) + "..." : page, r.status, r.p50, r.p95, r.max, r.kb,
                    verdict);
        }
        System.out.println("pages timed: " + results.size() + ", missed: " + missed);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Accept-Language", "vi").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static void signIn(HttpClient http, String user, String password) throws Exception {
        Matcher csrf = CSRF.matcher(get(http, "/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("no _csrf on /login");
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String to = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || to.contains("error")) {
            throw new IllegalStateException("sign-in as " + user + " failed: " + r.statusCode() + " " + to);
        }
    }
}

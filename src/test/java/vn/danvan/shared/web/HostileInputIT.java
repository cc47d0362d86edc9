package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every POST handler of the application, found in Spring's request mappings (so a handler added
 * later is covered without editing this test), is sent hostile input as an attacker or a careless
 * user would: each field wrong-typed, over-long, with a NUL, with invalid UTF-8; a file named with a
 * NUL; a multipart body without its boundary; an unknown language. No answer may be a server error
 * (5xx), and none may show a stack trace or a Java type name.
 *
 * <p>The concrete addresses and the fields come from the pages themselves: each demo account (and
 * an anonymous visitor) walks the pages it can open and keeps the forms it finds; a handler whose
 * form no page offered is called at an address made from ids seen elsewhere, with the fields its
 * signature names. It runs on a server and a database of its own ({@link OwnServer}), since the
 * forms it sends change data. What it types never reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIT {

    private static final String PASSWORD = "DanVan@2018";
    /** The accounts in the order they are tried for a handler nobody's page offered. */
    private static final List<String> ACCOUNTS = List.of("anbinh.canbo", "anbinh.truong", "tnmt.truong", "noivu",
            "chutich", "mttq", "vhtt", "admin");
    private static final String ANONYMOUS = "";

    private static final Pattern LEAK = Pattern.compile(
            "(?:\\b(?:java|javax|jakarta|org\\.springframework|org\\.apache|org\\.h2|org\\.postgresql|vn\\.danvan)\\.[a-z]+\\.[A-Za-z]"
                    + "|\\[L[a-z]+\\.[a-zA-Z.]+;@|\\b[A-Z][A-Za-z]+Exception\\b|Failed to convert|\\bat [a-z]+\\.[a-z.]+\\([A-Za-z]+\\.java:\\d+\\))");
    /** An over-long value, made of a mark that must never appear in a log. */
    private static final String MARK = "Zq9Wv";
    private static final String OVER_LONG = MARK.repeat(20_001);
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?\\}");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    /**
     * While a module is being changed, {@code -Dhostile.paths=/news,/portal/news} limits the walk and the
     * handlers tried to addresses under those prefixes; the build runs it whole.
     */
    private static final List<String> ONLY = java.util.Arrays.stream(System.getProperty("hostile.paths", "")
            .split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();

    private static OwnServer server;

    @BeforeAll
    static void start() {
        server = OwnServer.start("hostile");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A POST handler of the application and what its signature says of its fields. */
    record Handler(String name, List<PathPattern> patterns, Map<String, Class<?>> fields, Set<String> fileFields,
            Map<String, String> requiredParams) {

        boolean matches(String path) {
            return patterns.stream().anyMatch(p -> p.matches(PathContainer.parsePath(path)));
        }
    }

    /** One address of a handler to send hostile input to, with the form fields and their values. */
    record Target(Handler handler, String path, Map<String, List<String>> defaults, Map<String, Class<?>> fields,
            Set<String> fileFields, boolean multipart, List<String> accounts) {
    }

    @Test
    void noPostHandlerAnswersAServerErrorOrShowsJavaToHostileInput(CapturedOutput output) {
        List<Handler> posts = new ArrayList<>();
        Map<PathPattern, String> gets = new LinkedHashMap<>();
        readMappings(posts, gets);
        assertThat(posts).as("POST handlers found in the request mappings").hasSizeGreaterThan(100);

        Map<String, WebVisitor> visitors = new LinkedHashMap<>();
        Map<String, Map<String, List<SiteCrawler.FormFound>>> formsByAccount = new LinkedHashMap<>();
        Set<String> pathsSeen = new LinkedHashSet<>();
        SiteCrawler crawler = new SiteCrawler(path -> getHandlerOf(gets, path), HostileInputIT::within, 3, 300);
        List<String> starts = new ArrayList<>(List.of("/home", "/portal/petitions/new"));
        gets.keySet().stream().map(PathPattern::getPatternString).filter(p -> !p.contains("{")).filter(HostileInputIT::within)
                .forEach(starts::add);
        for (String account : concat(List.of(ANONYMOUS), ACCOUNTS)) {
            WebVisitor visitor = new WebVisitor(server.baseUrl());
            if (!account.isEmpty()) {
                assertThat(visitor.signIn(account, PASSWORD)).as("sign-in of " + account).isTrue();
            } else {
                visitor.get("/portal/petitions/new");
            }
            visitors.put(account, visitor);
            formsByAccount.put(account, crawler.crawl(visitor, starts, pathsSeen));
        }

        List<Target> targets = targets(posts, formsByAccount, pathsSeen).stream().filter(t -> within(t.path()))
                .toList();
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        int reached = 0;
        for (Target target : targets) {
            Attempt attempt = new Attempt(target, visitors, problems, statuses);
            if (attempt.chooseAccount()) {
                reached++;
            }
            attempt.sendAll();
            sent += attempt.sent;
        }
        long fromPages = targets.stream().filter(t -> !t.defaults().isEmpty() || t.fileFields().size() > 0).count();
        System.out.printf("HostileInputIT: %d POST handlers, %d addresses (%d from forms on pages), %d reached past "
                + "authorisation, %d requests, answers %s%n", posts.size(), targets.size(), fromPages, reached, sent,
                statuses);
        if (ONLY.isEmpty()) {
            assertThat(targets.stream().map(t -> t.handler().name()).distinct().count()).as("every handler is tried")
                    .isEqualTo(posts.size());
        }
        assertThat(problems).as("answers to hostile input that are server errors or show Java").isEmpty();
        assertThat(output.getAll()).as("what was typed never reaches a log").doesNotContain(MARK + MARK);
    }

    @Test
    void anUnknownLanguageIsIgnored() {
        WebVisitor visitor = new WebVisitor(server.baseUrl());
        for (String path : List.of("/portal/petitions/new?lang=%3Cscript%3E", "/login?lang=xx_%00",
                "/portal/petitions/new?lang=" + "a".repeat(5000))) {
            WebVisitor.Answer answer = visitor.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContainPattern(LEAK.pattern()).contains("lang=\"vi");
        }
    }

    /**
     * Over real HTTP, from loopback (which the servlet container used to trust by itself): a forged
     * X-Forwarded-For is not the address the audit records, and a forged X-Forwarded-Host is not where a
     * redirect points.
     */
    @Test
    void forgedForwardedHeadersAreNotBelievedFromAPeerNotListed() {
        WebVisitor visitor = new WebVisitor(server.baseUrl());
        visitor.get("/portal/petitions/new");
        var jdbc = server.context().getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        long category = jdbc.sql("select id from petition_category where code = 'KHAC'").query(Long.class).single();
        String title = "Địa chỉ thật " + System.nanoTime();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/home"))
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https").GET().build();
        try {
            var answer = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("evil.example");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        Map<String, List<?>> fields = new LinkedHashMap<>();
        fields.put("kind", List.of("FEEDBACK"));
        fields.put("categoryId", List.of(String.valueOf(category)));
        fields.put("title", List.of(title));
        fields.put("content", List.of("Địa chỉ ghi nhận"));
        fields.put("consent", List.of("true"));
        fields.put("submissionKey", List.of(java.util.UUID.randomUUID().toString()));
        assertThat(visitor.postFormWithHeader("/portal/petitions", fields, "X-Forwarded-For", "203.0.113.99").status())
                .isEqualTo(200);
        String recorded = jdbc.sql("""
                select e.client_address from audit_entry e join petition p on e.entity_id = cast(p.id as varchar(40))
                 where e.entity_type = 'Petition' and e.action = 'CREATE' and p.title = :t""").param("t", title)
                .query(String.class).single();
        assertThat(recorded).isNotEqualTo("203.0.113.99").isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    // ------------------------------------------------------------------ sending

    /** The requests of one target: baseline, each field spoilt four ways, files, a broken multipart body. */
    private static final class Attempt {

        private final Target target;
        private final Map<String, WebVisitor> visitors;
        private final List<String> problems;
        private final Map<Integer, Integer> statuses;
        private WebVisitor visitor;
        private String account;
        int sent;

        Attempt(Target target, Map<String, WebVisitor> visitors, List<String> problems,
                Map<Integer, Integer> statuses) {
            this.target = target;
            this.visitors = visitors;
            this.problems = problems;
            this.statuses = statuses;
        }

        /** The first account whose request passes authorisation (true), or the last one tried. */
        boolean chooseAccount() {
            for (String candidate : target.accounts()) {
                visitor = visitors.get(candidate);
                account = candidate;
                WebVisitor.Answer answer = send("baseline", fields(Map.of()));
                if (answer.status() != 401 && answer.status() != 403
                        && (answer.location() == null || !answer.location().contains("/login"))) {
                    return true;
                }
            }
            return false;
        }

        void sendAll() {
            for (String field : target.fields().keySet()) {
                Class<?> type = target.fields().get(field);
                Object wrong = type == null || type == String.class ? "31/02/2026" : "abc<b>";
                send(field + " wrong type", fields(Map.of(field, wrong)));
                send(field + " over-long", fields(Map.of(field, OVER_LONG)));
                send(field + " NUL", fields(Map.of(field, "a\u0000b")));
                send(field + " invalid UTF-8", fields(Map.of(field, target.multipart()
                        ? new WebVisitor.Raw(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 'x'})
                        : new WebVisitor.Raw("%C3%28%FFx".getBytes(StandardCharsets.US_ASCII)))));
            }
            for (String field : target.fields().keySet()) {
                if (field.endsWith("]")) {
                    // a map's entry named deeper than any form does
                    send(field + " nested", fields(Map.of(field.substring(0, field.length() - 1) + "][x]", "1")));
                    send(field + " nested property", fields(Map.of(field + ".x", "1")));
                }
            }
            for (String file : target.fileFields()) {
                send(file + " NUL in file name", fields(Map.of(file,
                        new WebVisitor.FilePart("anh\u0000.png", "image/png", PNG))));
            }
            check("multipart without boundary",
                    visitor.post(target.path(), "multipart/form-data", "--x\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
            check("form with language <script>", visitor.postForm(target.path() + "?lang=%3Cscript%3E", Map.of()));
        }

        private Map<String, List<?>> fields(Map<String, Object> spoilt) {
            Map<String, List<?>> all = new LinkedHashMap<>();
            target.defaults().forEach((name, values) -> all.put(name, values));
            target.handler().requiredParams().forEach((name, value) -> all.putIfAbsent(name, List.of(value)));
            spoilt.forEach((name, value) -> all.put(name, List.of(value)));
            return all;
        }

        private WebVisitor.Answer send(String what, Map<String, List<?>> fields) {
            boolean hasFile = fields.values().stream().flatMap(List::stream).anyMatch(WebVisitor.FilePart.class::isInstance);
            WebVisitor.Answer answer = target.multipart() || hasFile ? visitor.postMultipart(target.path(), fields)
                    : visitor.postForm(target.path(), fields);
            check(what, answer);
            return answer;
        }

        private void check(String what, WebVisitor.Answer answer) {
            sent++;
            statuses.merge(answer.status(), 1, Integer::sum);
            String where = "POST " + target.path() + " (" + target.handler().name() + ") as "
                    + (account.isEmpty() ? "anonymous" : account) + ", " + what;
            if (answer.status() >= 500) {
                problems.add(where + ": " + answer.status());
            }
            Matcher leak = LEAK.matcher(answer.body() == null ? "" : answer.body());
            if (leak.find()) {
                int from = Math.max(0, leak.start() - 60);
                problems.add(where + ": shows \"" + answer.body().substring(from, Math.min(answer.body().length(),
                        leak.end() + 60)).replaceAll("\\s+", " ") + "\"");
            }
        }
    }

    // ------------------------------------------------------------------ what to send where

    private static boolean within(String path) {
        return ONLY.isEmpty() || path.equals("/home") || ONLY.stream().anyMatch(path::startsWith);
    }

    private static void readMappings(List<Handler> posts, Map<PathPattern, String> gets) {
        Collection<RequestMappingHandlerMapping> mappings = server.context()
                .getBeansOfType(RequestMappingHandlerMapping.class).values();
        for (RequestMappingHandlerMapping mapping : mappings) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
                HandlerMethod method = e.getValue();
                if (!method.getBeanType().getPackageName().startsWith("vn.danvan")
                        || e.getKey().getPathPatternsCondition() == null) {
                    continue;
                }
                List<PathPattern> patterns = List.copyOf(e.getKey().getPathPatternsCondition().getPatterns());
                Set<RequestMethod> verbs = e.getKey().getMethodsCondition().getMethods();
                String name = method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
                if (verbs.contains(RequestMethod.GET) && e.getKey().getParamsCondition().getExpressions().isEmpty()
                        && !ResponseEntity.class.isAssignableFrom(method.getMethod().getReturnType())) {
                    patterns.forEach(p -> gets.put(p, name));
                }
                if (verbs.stream().anyMatch(v -> v == RequestMethod.POST || v == RequestMethod.PUT
                        || v == RequestMethod.PATCH || v == RequestMethod.DELETE)) {
                    Map<String, String> required = new LinkedHashMap<>();
                    e.getKey().getParamsCondition().getExpressions().stream().filter(x -> !x.isNegated())
                            .forEach(x -> required.put(x.getName(), x.getValue() == null ? "1" : x.getValue()));
                    Map<String, Class<?>> fields = new LinkedHashMap<>();
                    Set<String> files = new LinkedHashSet<>();
                    for (MethodParameter p : method.getMethodParameters()) {
                        signatureFields(p, fields, files);
                    }
                    posts.add(new Handler(name, patterns, fields, files, required));
                }
            }
        }
    }

    /** The form fields a handler parameter reads, with their types, and the file fields. */
    private static void signatureFields(MethodParameter p, Map<String, Class<?>> fields, Set<String> files) {
        p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
        Class<?> type = p.getParameterType();
        if (p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(RequestHeader.class)
                || p.hasParameterAnnotation(CookieValue.class) || p.hasParameterAnnotation(RequestBody.class)
                || Map.class.isAssignableFrom(type)) {
            return;
        }
        RequestParam param = p.getParameterAnnotation(RequestParam.class);
        String name = param != null && !param.name().isEmpty() ? param.name() : p.getParameterName();
        if (isFile(p)) {
            files.add(name);
        } else if (param != null || BeanUtils.isSimpleProperty(type)) {
            if (param != null || !type.getPackageName().startsWith("org.springframework")
                    && !type.getPackageName().startsWith("jakarta") && !type.getPackageName().startsWith("java.security")
                    && type != java.util.Locale.class) {
                fields.put(name, type);
            }
        } else if (type.isRecord() && (p.hasParameterAnnotation(ModelAttribute.class)
                || type.getPackageName().startsWith("vn.danvan"))) {
            for (RecordComponent c : type.getRecordComponents()) {
                fields.put(c.getName(), c.getType());
            }
        }
    }

    private static boolean isFile(MethodParameter p) {
        Class<?> type = p.getParameterType();
        if (MultipartFile.class.isAssignableFrom(type) || type.isArray() && MultipartFile.class.isAssignableFrom(
                type.getComponentType())) {
            return true;
        }
        return Collection.class.isAssignableFrom(type) && p.getGenericParameterType() instanceof ParameterizedType t
                && t.getActualTypeArguments()[0] == MultipartFile.class;
    }

    private static Optional<String> getHandlerOf(Map<PathPattern, String> gets, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return gets.keySet().stream().filter(p -> p.matches(container)).min(PathPattern.SPECIFICITY_COMPARATOR)
                .map(gets::get);
    }

    /**
     * The addresses to try: each distinct form the pages offered (one per shape of address, ids taken
     * as alike), assigned to the most specific POST handler that answers it; then, for a handler no
     * page offered, one address made from ids seen on the pages.
     */
    private static List<Target> targets(List<Handler> posts, Map<String, Map<String, List<SiteCrawler.FormFound>>> forms,
            Set<String> pathsSeen) {
        Map<String, Target> byShape = new LinkedHashMap<>();
        Map<String, PathPattern> postPatterns = new HashMap<>();
        posts.forEach(h -> h.patterns().forEach(p -> postPatterns.put(p.getPatternString(), p)));
        forms.forEach((account, found) -> found.forEach((action, list) -> {
            Optional<Handler> handler = posts.stream().filter(h -> h.matches(action)).min(Comparator.comparing(
                    h -> h.patterns().stream().filter(p -> p.matches(PathContainer.parsePath(action))).findFirst()
                            .orElseThrow(), PathPattern.SPECIFICITY_COMPARATOR));
            String shape = action.replaceAll("/\\d+(?=/|$)", "/#");
            if (handler.isEmpty() || byShape.containsKey(shape)) {
                return;
            }
            SiteCrawler.FormFound form = list.get(0);
            Map<String, Class<?>> fields = new LinkedHashMap<>();
            form.fields().keySet().forEach(f -> fields.put(f, handler.get().fields().get(f)));
            handler.get().fields().forEach(fields::putIfAbsent);
            Set<String> files = new LinkedHashSet<>(form.fileFields());
            files.addAll(handler.get().fileFields());
            fields.keySet().removeAll(files);
            byShape.put(shape, new Target(handler.get(), action, form.fields(), fields, files,
                    form.multipart() || !files.isEmpty(), concat(List.of(account), ACCOUNTS)));
        }));
        Set<Handler> covered = new LinkedHashSet<>();
        byShape.values().forEach(t -> covered.add(t.handler()));
        List<Target> targets = new ArrayList<>(byShape.values());
        Set<String> known = new LinkedHashSet<>(pathsSeen);
        forms.values().forEach(f -> known.addAll(f.keySet()));
        for (Handler h : posts) {
            if (!covered.contains(h)) {
                String path = concrete(h.patterns().get(0).getPatternString(), known);
                targets.add(new Target(h, path, Map.of(), h.fields(), h.fileFields(), !h.fileFields().isEmpty(),
                        ACCOUNTS));
            }
        }
        // account changes last, so that a locked or reset demo account does not hide the rest
        targets.sort(Comparator.comparing(t -> t.path().startsWith("/admin/accounts") || t.path().startsWith("/account")));
        return targets;
    }

    /** The pattern with its variables filled from the known address that shares most of its start. */
    private static String concrete(String pattern, Set<String> known) {
        String[] segments = pattern.substring(1).split("/");
        String[] best = null;
        int bestFit = 0;
        for (String path : known) {
            String[] parts = path.substring(1).split("/");
            int fit = 0;
            while (fit < segments.length && fit < parts.length && (segments[fit].startsWith("{")
                    ? parts[fit].matches("\\d+") : segments[fit].equals(parts[fit]))) {
                fit++;
            }
            if (fit > bestFit) {
                best = parts;
                bestFit = fit;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.startsWith("{") && s.endsWith("}") && best != null && i < bestFit) {
                out.append('/').append(best[i]);
            } else {
                out.append('/').append(VARIABLE.matcher(s).replaceAll(m -> m.group(2) != null
                        ? m.group(2).split("\\|")[0] : "format".equals(m.group(1)) ? "json" : "1"));
            }
        }
        return out.toString();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        second.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return all;
    }
}

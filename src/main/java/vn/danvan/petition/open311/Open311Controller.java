package vn.danvan.petition.open311;

import static vn.danvan.petition.open311.Open311Document.fields;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.petition.open311.Open311Document.Format;
import vn.danvan.petition.open311.Open311Document.Many;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.petition.handling.CategoryView;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.GeoPoint;
import vn.danvan.petition.handling.PetitionKind;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.petition.handling.PetitionStatus;
import vn.danvan.petition.intake.PetitionIntake;
import vn.danvan.petition.intake.Receipt;
import vn.danvan.petition.intake.Submission;
import vn.danvan.petition.intake.TrackingCodes;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2): client applications list the
 * petition categories as services, submit petitions with an API key, and follow them by their
 * tracking code. Answers never hold the petitioner's personal data; a request's description is
 * the petition's title, as the portal shows it.
 */
@RestController
@RequestMapping(Open311Controller.BASE)
class Open311Controller {

    static final String BASE = "/open311/v2/";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When this API's behaviour last changed, as discovery reports it. */
    static final String CHANGESET = "2026-12-07T00:00:00+07:00";
    static final int DEFAULT_DAYS = 90;
    static final int TITLE_LENGTH = 100;
    static final int ACTOR_LENGTH = 100;
    private static final LocalTime ANSWER_TIME = LocalTime.of(17, 0);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The GeoReport name of each RequestForm field, for error messages. */
    private static final Map<String, String> GEOREPORT_NAMES = Map.of("apiKey", "api_key", "serviceCode",
            "service_code", "addressString", "address_string", "latitude", "lat", "longitude", "long", "firstName",
            "first_name", "lastName", "last_name");
    /** The Submission fields a client fills, by the GeoReport parameter that carries them. */
    private static final Map<String, String> PARAMETERS = Map.of("title", "description", "content", "description",
            "place", "address_string", "fullName", "first_name and last_name", "phone", "phone", "email", "email");

    private final Open311Keys keys;
    private final Open311Requests requests;
    private final PetitionIntake intake;
    private final PetitionRepository petitions;
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final Validator validator;
    private final Clock clock;

    Open311Controller(Open311Keys keys, Open311Requests requests, PetitionIntake intake, PetitionRepository petitions,
            OrganisationService organisation, MessageSource messages, Validator validator, Clock clock) {
        this.keys = keys;
        this.requests = requests;
        this.intake = intake;
        this.petitions = petitions;
        this.organisation = organisation;
        this.messages = messages;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("discovery.{format}")
    ResponseEntity<byte[]> discovery(@PathVariable String format) {
        Format f = format(format);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).toUriString();
        var endpoint = fields("specification", SPECIFICATION, "url", base, "changeset", CHANGESET,
                "type", "production", "formats", new Many("format", List.of("text/xml", "application/json")));
        return new Open311Document("discovery", fields("changeset", CHANGESET,
                "contact", text("open311.discovery.contact", organisation.localNames(VIETNAMESE).homeAffairs()),
                "key_service", text("open311.discovery.keyService"),
                "endpoints", new Many("endpoint", List.of(endpoint)))).answer(HttpStatus.OK, f);
    }

    @GetMapping("services.{format}")
    ResponseEntity<byte[]> services(@PathVariable String format) {
        Format f = format(format);
        List<Map<String, Object>> services = petitions.categories(true).stream().map(this::service).toList();
        return new Open311Document("services", new Many("service", services)).answer(HttpStatus.OK, f);
    }

    @GetMapping("services/{code}.{format}")
    ResponseEntity<byte[]> serviceDefinition(@PathVariable String code, @PathVariable String format) {
        Format f = format(format);
        CategoryView category = activeCategory(code)
                .orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, f, "Service not found: " + code));
        return new Open311Document("service_definition", fields("service_code", category.code(),
                "attributes", new Many("attribute", List.of()))).answer(HttpStatus.OK, f);
    }

    /**
     * A new service request as GeoReport v2 names its fields. The sizes are generous bounds; the
     * petition's own (Submission) are checked after it is built, and either failure is a 400 in the
     * specification's error form. Read from the request's parameters by their fixed names, each value through
     * {@link TypedText} as every form's: Spring's data binder would read the record constructor's annotations
     * again on every request (a fifth of an Open311 POST's CPU in a profile), for names that never change.
     */
    record RequestForm(@Size(max = 200) String apiKey, @Size(max = 30) String serviceCode,
            @Size(max = 10_000) String description, @Size(max = 500) String addressString,
            @Size(max = 40) String latitude, @Size(max = 40) String longitude, @Size(max = 255) String email,
            @Size(max = 100) String firstName, @Size(max = 100) String lastName, @Size(max = 50) String phone) {

        static RequestForm of(HttpServletRequest request) {
            // a parameter sent twice is read as the binder would: its values joined by commas (refused if invalid)
            Function<String, String> p = name -> {
                String[] values = request.getParameterValues(name);
                return values == null ? null : TypedText.of(String.join(",", values));
            };
            return new RequestForm(p.apply("api_key"), p.apply("service_code"), p.apply("description"),
                    p.apply("address_string"), p.apply("lat"), p.apply("long"), p.apply("email"),
                    p.apply("first_name"), p.apply("last_name"), p.apply("phone"));
        }
    }

    /**
     * The two formats as fixed paths beside the pattern: Spring MVC finds a fixed path in one look-up, while a path
     * that only a pattern matches is compared with every mapping of the application (about a third of an Open311
     * POST's CPU in a profile); the pattern stays for the answer to an unknown format.
     */
    @PostMapping({"requests.json", "requests.xml", "requests.{format}"})
    ResponseEntity<byte[]> submit(@PathVariable(required = false) String format, HttpServletRequest request) {
        Format f = format(format, request);
        RequestForm form = RequestForm.of(request);
        String apiKey = form.apiKey();
        String serviceCode = form.serviceCode();
        String description = form.description();
        String client = keys.clientFor(apiKey)
                .orElseThrow(() -> new Open311Exception(HttpStatus.FORBIDDEN, f, "A valid api_key is required"));
        if (blank(serviceCode)) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, f, "service_code is required");
        }
        refuseInvalid(form, GEOREPORT_NAMES, f);
        CategoryView category = activeCategory(serviceCode.strip()).orElseThrow(
                () -> new Open311Exception(HttpStatus.BAD_REQUEST, f, "Unknown service_code: " + serviceCode));
        if (blank(description)) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, f, "description is required");
        }
        String text = description.strip();
        GeoPoint point = point(form.addressString(), form.latitude(), form.longitude(), f);
        var submission = new Submission(PetitionKind.FEEDBACK, category.id(), null, title(text), text,
                blank(form.addressString()) ? null : form.addressString().strip(),
                point == null ? null : point.latitude(), point == null ? null : point.longitude(),
                fullName(form.firstName(), form.lastName()), form.phone(), form.email(), null,
                false, Channel.OPEN311, null, java.util.List.of());
        refuseInvalid(submission, PARAMETERS, f);
        Receipt receipt;
        try {
            receipt = intake.receive(submission, Channel.OPEN311, actor(client));
        } catch (InvalidRequestException e) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, f,
                    messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), Locale.ENGLISH));
        }
        // citizen_key (beyond GeoReport v2): the petitioner's second secret, to read the answer, rate it
        // and ask to reopen it on the portal; shown here once, kept only as a hash
        var answer = fields("service_request_id", receipt.code(),
                "service_notice", notice(receipt.answerDue()), "account_id", null, "citizen_key", receipt.citizenKey());
        return new Open311Document("service_requests", new Many("request", List.of(answer)))
                .answer(HttpStatus.OK, f);
    }

    @GetMapping({"requests.json", "requests.xml", "requests.{format}"})
    ResponseEntity<byte[]> search(@PathVariable(required = false) String format, HttpServletRequest request,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCodes,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(required = false) String status) {
        Format f = format(format, request);
        OffsetDateTime end = w3c(endDate, "end_date", f);
        OffsetDateTime start = w3c(startDate, "start_date", f);
        end = end == null ? OffsetDateTime.now(clock) : end;
        start = start == null ? end.minusDays(DEFAULT_DAYS) : start;
        if (start.isAfter(end)) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, f, "start_date is after end_date");
        }
        var criteria = new Open311Requests.Criteria(split(ids).stream().map(TrackingCodes::normalise).toList(),
                split(serviceCodes), statuses(status, f), start, end);
        return serviceRequests(requests.find(criteria), f);
    }

    @GetMapping("requests/{id}.{format}")
    ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String format) {
        Format f = format(format);
        var criteria = new Open311Requests.Criteria(List.of(TrackingCodes.normalise(id)), List.of(), Set.of(),
                null, null);
        List<Open311Requests.Row> found = requests.find(criteria);
        if (found.isEmpty()) {
            throw new Open311Exception(HttpStatus.NOT_FOUND, f, "Service request not found: " + id);
        }
        return serviceRequests(found, f);
    }

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<byte[]> error(Open311Exception e) {
        var error = fields("code", e.status.value(), "description", e.getMessage());
        return new Open311Document("errors", new Many("error", List.of(error))).answer(e.status, e.format);
    }

    /** A refusal in the form the specification gives: the HTTP status and a description. */
    static class Open311Exception extends RuntimeException {

        final HttpStatus status;
        final Format format;

        Open311Exception(HttpStatus status, Format format, String description) {
            super(description, null, false, false);
            this.status = status;
            this.format = format;
        }
    }

    private ResponseEntity<byte[]> serviceRequests(List<Open311Requests.Row> rows, Format f) {
        Map<Long, String> units = organisation.tree().stream()
                .collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
        String routing = rows.stream().anyMatch(r -> r.unitId() == null)
                ? text("open311.agency.routing", organisation.localNames(VIETNAMESE).homeAffairs()) : null;
        List<Map<String, Object>> answer = rows.stream().map(r -> fields(
                "service_request_id", r.code(),
                "status", r.status().open() ? "open" : "closed",
                "status_notes", r.lastPublicNote() != null ? r.lastPublicNote() : text(r.status().messageKey()),
                "service_name", r.serviceName(),
                "service_code", r.serviceCode(),
                "description", r.title(),
                "agency_responsible", r.unitId() == null ? routing : units.get(r.unitId()),
                "service_notice", notice(r.answerDue()),
                "requested_datetime", w3c(r.requestedAt()),
                "updated_datetime", w3c(r.updatedAt()),
                "expected_datetime", w3c(answerDeadline(r.answerDue())),
                "address", r.place(),
                "lat", r.latitude(),
                "long", r.longitude())).toList();
        return new Open311Document("service_requests", new Many("request", answer)).answer(HttpStatus.OK, f);
    }

    private Map<String, Object> service(CategoryView c) {
        return fields("service_code", c.code(), "service_name", c.name(),
                "description", text("open311.service.description", c.name(), c.answerDays()),
                "metadata", false, "type", "realtime",
                "keywords", c.name() + ", " + VietnameseText.searchKey(c.name()),
                "group", text("open311.service.group"));
    }

    private Optional<CategoryView> activeCategory(String code) {
        return petitions.categories(true).stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
    }

    /** A 400 naming, by the GeoReport parameters that carry them, the fields Bean Validation refuses. */
    private void refuseInvalid(Object checked, Map<String, String> parameters, Format f) {
        Set<ConstraintViolation<Object>> violations = validator.validate(checked);
        if (!violations.isEmpty()) {
            Set<String> named = new TreeSet<>();
            for (ConstraintViolation<Object> v : violations) {
                String field = v.getPropertyPath().toString();
                named.add(parameters.getOrDefault(field, field));
            }
            throw new Open311Exception(HttpStatus.BAD_REQUEST, f,
                    "Invalid or too long: " + String.join(", ", named));
        }
    }

    /**
     * The point of {@code lat} and {@code long} (both or neither), kept in the petition's own columns; a location is
     * required: the point, or the address as typed, or both.
     */
    private static GeoPoint point(String address, String latitude, String longitude, Format f) {
        boolean hasPoint = !blank(latitude) || !blank(longitude);
        if (blank(address) && !hasPoint) {
            throw new Open311Exception(HttpStatus.BAD_REQUEST, f, "A location is required: lat and long, or address_string");
        }
        if (!hasPoint) {
            return null;
        }
        return new GeoPoint(coordinate(latitude, 90, "lat", f), coordinate(longitude, 180, "long", f));
    }

    private static BigDecimal coordinate(String text, int limit, String name, Format f) {
        try {
            BigDecimal value = new BigDecimal(text == null ? "" : text.strip());
            if (value.abs().compareTo(BigDecimal.valueOf(limit)) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Open311Exception(HttpStatus.BAD_REQUEST, f,
                name + " must be a decimal degree between -" + limit + " and " + limit);
    }

    private static String title(String description) {
        String oneLine = SPACES.matcher(description).replaceAll(" ");
        return oneLine.codePointCount(0, oneLine.length()) <= TITLE_LENGTH ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, TITLE_LENGTH));
    }

    private static String fullName(String first, String last) {
        String name = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return name.isEmpty() ? null : name;
    }

    private static String actor(String client) {
        String actor = "open311:" + client;
        return actor.length() <= ACTOR_LENGTH ? actor : actor.substring(0, ACTOR_LENGTH);
    }

    private static Set<PetitionStatus> statuses(String status, Format f) {
        Set<PetitionStatus> wanted = EnumSet.noneOf(PetitionStatus.class);
        for (String s : split(status)) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "open" -> wanted.addAll(PetitionStatus.openStatuses());
                case "closed" -> wanted.addAll(EnumSet.complementOf(EnumSet.copyOf(PetitionStatus.openStatuses())));
                default -> throw new Open311Exception(HttpStatus.BAD_REQUEST, f, "status must be open or closed");
            }
        }
        return wanted;
    }

    private static List<String> split(String list) {
        return list == null ? List.of()
                : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * A W3C datetime; a date alone, or a time without offset, is read in Vietnam's zone. A "+" of
     * an offset that was not URL-encoded arrives as a space.
     */
    private static OffsetDateTime w3c(String text, String name, Format f) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip().replace(' ', '+');
        for (Function<String, OffsetDateTime> parse : List.<Function<String, OffsetDateTime>>of(
                OffsetDateTime::parse,
                s -> LocalDateTime.parse(s).atZone(DanVanTime.ZONE).toOffsetDateTime(),
                s -> LocalDate.parse(s).atStartOfDay(DanVanTime.ZONE).toOffsetDateTime())) {
            try {
                return parse.apply(t);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new Open311Exception(HttpStatus.BAD_REQUEST, f,
                name + " must be a W3C datetime such as 2026-01-31T00:00:00+07:00");
    }

    private static String w3c(OffsetDateTime t) {
        return t == null ? null
                : t.atZoneSameInstant(DanVanTime.ZONE).truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The answer is due by the end of office hours of its due day. */
    private static OffsetDateTime answerDeadline(LocalDate answerDue) {
        return answerDue == null ? null : answerDue.atTime(ANSWER_TIME).atZone(DanVanTime.ZONE).toOffsetDateTime();
    }

    private String notice(LocalDate answerDue) {
        return text("open311.request.notice", answerDue.format(DanVanTime.DATE));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    /** The format of a fixed path ({@code requests.json}) or of the pattern's variable. */
    private static Format format(String variable, HttpServletRequest request) {
        if (variable != null) {
            return format(variable);
        }
        String uri = request.getRequestURI();
        return format(uri.substring(uri.lastIndexOf('.') + 1));
    }

    private static Format format(String suffix) {
        return Format.of(suffix).orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, Format.JSON,
                "Unknown format: " + suffix + " (use .json or .xml)"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package vn.danvan.news;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.web.multipart.MultipartFile;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.attachment.AttachmentView;
import vn.danvan.audit.AuditService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.Role;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.Problem;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * Stories of the information office: writing (body sanitised before it is kept), publishing,
 * withdrawing with a reason, each change audited and checked against the version read; the staff list
 * within scope and the portal's published stories, newest first.
 */
@Service
@Transactional
class NewsStories {

    static final String ENTITY = "news";
    static final int PAGE_SIZE = 10;

    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final AuditService audit;
    private final Clock clock;
    private final AttachmentService attachments;
    private final NewsRepository repository;

    NewsStories(JdbcClient jdbc, OrganisationScope scope, AuditService audit, Clock clock,
            AttachmentService attachments, NewsRepository repository) {
        this.repository = repository;
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** Created, or the problems on their fields with nothing saved. */
    public record Saved(Long id, List<Problem> problems) {
    }

    /** A page of the portal's list. */
    public record Page(List<NewsStory> stories, int page, int pages) {
    }

    /** Whether the signed-in account may use the staff screens of news. */
    public boolean isWriter() {
        return scope.currentUser().map(NewsStories::writerRoles).orElse(false);
    }

    private static boolean writerRoles(CurrentUser u) {
        return u.has(Role.INFORMATION_OFFICER) || u.has(Role.HOME_AFFAIRS) || u.has(Role.ADMIN);
    }

    void requireWriter() {
        if (!isWriter()) {
            throw new AccessDeniedException("may not write news");
        }
    }

    /** Whether the current user may change this story: a writer who sees its author unit. */
    public boolean mayWrite(NewsStory s) {
        return isWriter() && scope.canSee(s.authorUnitId());
    }

    public Saved create(NewsForm form) {
        requireWriter();
        CurrentUser user = scope.requireUser();
        List<Problem> problems = check(form);
        if (!problems.isEmpty()) {
            return new Saved(null, problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into news (author_unit_id, title, summary, body, related_links, radio_script, status,
                    created_by, created_at, updated_at)
                values (:unit, :title, :summary, :body, :links, :radio, 'DRAFT', :by, :now, :now)""")
                .param("unit", user.unitId()).param("title", form.title().strip())
                .param("summary", form.summary().strip()).param("body", NewsSanitizer.clean(form.body()))
                .param("links", links(form)).param("radio", TypedText.of(form.radioScript()))
                .param("by", user.username()).param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.created(ENTITY, id, user.unitId(), auditFields(form));
        return new Saved(id, List.of());
    }

    /** Changes a draft or a withdrawn story; the problems when refused. */
    public List<Problem> update(long id, NewsForm form) {
        NewsStory s = getForWriting(id);
        Map<String, Object> before = Map.of("title", s.title(), "summary", s.summary());
        try {
            s.requireEditable();
        } catch (InvalidRequestException refused) {
            return refused.problems();
        }
        List<Problem> problems = check(form);
        if (!problems.isEmpty()) {
            return problems;
        }
        s.edit(form.title().strip(), form.summary().strip(), NewsSanitizer.clean(form.body()), links(form),
                TypedText.of(form.radioScript()));
        save(s, form.version() == null ? -1 : form.version());
        audit.updated(ENTITY, id, s.authorUnitId(), before, auditFields(form));
        return List.of();
    }

    /** Puts a draft or withdrawn story on the portal with today's publication time. */
    public List<Problem> publish(long id, long version) {
        NewsStory s = getForWriting(id);
        NewsStatus was = s.status();
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            s.publish(now);
        } catch (InvalidRequestException refused) {
            return refused.problems();
        }
        save(s, version);
        audit.updated(ENTITY, id, s.authorUnitId(), Map.of("status", was.name()),
                Map.of("status", "PUBLISHED", "publishedAt", now.toString()));
        return List.of();
    }

    /** Takes a published story off the portal; the reason is required. */
    public List<Problem> unpublish(long id, long version, String reason) {
        NewsStory s = getForWriting(id);
        try {
            s.unpublish(reason, OffsetDateTime.now(clock));
        } catch (InvalidRequestException refused) {
            return refused.problems();
        }
        save(s, version);
        audit.updated(ENTITY, id, s.authorUnitId(), Map.of("status", "PUBLISHED"),
                Map.of("status", "UNPUBLISHED", "reason", s.unpublishReason()));
        return List.of();
    }

    /** Saves a story changed on the version the writer read; another change since then is refused. */
    private void save(NewsStory s, long readVersion) {
        if (s.version() != readVersion) {
            throw new OptimisticLockingFailureException("news " + s.id());
        }
        repository.save(s);
    }

    /**
     * Keeps images (JPEG or PNG, by their content) of a story; anything else refuses the whole batch
     * and nothing is kept.
     */
    public List<AttachmentView> addImages(NewsStory s, List<MultipartFile> files) {
        getForWriting(s.id());
        List<AttachmentView> stored = attachments.store(ENTITY, s.id(), s.authorUnitId(), files);
        if (stored.isEmpty() || stored.stream().anyMatch(a -> !isImage(a))) {
            throw InvalidRequestException.onField("files", "news.error.imageType");
        }
        return stored;
    }

    static boolean isImage(AttachmentView a) {
        return a.contentType().equals("image/jpeg") || a.contentType().equals("image/png");
    }

    /** One story for the staff screens: a writer who sees its author unit (403 otherwise). */
    @Transactional(readOnly = true)
    public NewsStory get(long id) {
        requireWriter();
        NewsStory s = find(id);
        scope.checkUnit(s.authorUnitId());
        return s;
    }

    NewsStory getForWriting(long id) {
        NewsStory s = get(id);
        if (!mayWrite(s)) {
            throw new AccessDeniedException("may not write news " + id);
        }
        return s;
    }

    private NewsStory find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The stories whose author unit the current writer sees, newest change first. */
    @Transactional(readOnly = true)
    public List<NewsStory> visible() {
        requireWriter();
        var units = scope.visibleUnits();
        return jdbc.sql(NewsRepository.SELECT + " order by n.updated_at desc, n.id desc").query(NewsRepository::map).list().stream()
                .filter(s -> units.includes(s.authorUnitId())).toList();
    }

    /** A published story for the portal; any other is not found. */
    @Transactional(readOnly = true)
    public NewsStory publicGet(long id) {
        return jdbc.sql(NewsRepository.SELECT + " where n.id = :id and n.status = 'PUBLISHED'").param("id", id)
                .query(NewsRepository::map).optional().orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Whether a story's images may be served to the current visitor: published, or to its writers. */
    @Transactional(readOnly = true)
    public boolean imagesVisible(long id) {
        NewsStory s = find(id);
        return s.status() == NewsStatus.PUBLISHED || mayWrite(s);
    }

    /** The portal's page (from 1) of published stories, newest first. */
    @Transactional(readOnly = true)
    public Page published(int page) {
        long total = jdbc.sql("select count(*) from news where status = 'PUBLISHED'").query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<NewsStory> stories = jdbc.sql(NewsRepository.SELECT + """
                 where n.status = 'PUBLISHED' order by n.published_at desc, n.id desc
                 limit :size offset :offset""")
                .param("size", PAGE_SIZE).param("offset", (current - 1) * PAGE_SIZE).query(NewsRepository::map).list();
        return new Page(stories, current, pages);
    }

    /** The newest published stories for the portal's home page. */
    @Transactional(readOnly = true)
    public List<NewsStory> latest(int count) {
        return jdbc.sql(NewsRepository.SELECT + " where n.status = 'PUBLISHED' order by n.published_at desc, n.id desc limit :n")
                .param("n", count).query(NewsRepository::map).list();
    }

    /** The rules beyond the form's own (required fields and sizes): a body with text once sanitised, portal links. */
    static List<Problem> check(NewsForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form.body() == null || NewsSanitizer.text(NewsSanitizer.clean(form.body())).isBlank()) {
            problems.add(Problem.on("body", "news.error.bodyRequired"));
        }
        String links = form.relatedLinks() == null ? "" : form.relatedLinks();
        for (String line : links.split("\\R")) {
            if (!line.isBlank() && !NewsSanitizer.isPortalPath(line.strip())) {
                problems.add(Problem.on("relatedLinks", "news.error.link", line.strip()));
                break;
            }
        }
        return problems;
    }

    private static String links(NewsForm form) {
        if (form.relatedLinks() == null) {
            return null;
        }
        List<String> lines = form.relatedLinks().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static Map<String, Object> auditFields(NewsForm form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", form.title().strip());
        fields.put("summary", form.summary().strip());
        fields.put("relatedLinks", form.relatedLinks() == null ? "" : form.relatedLinks().strip());
        return fields;
    }

    /**
     * Marks a story the demo wrote (no screen does) and, for a published one, dates it back to its day of
     * publication, which no screen can do either; see {@code NewsDemo}.
     */
    void markDemo(long id, OffsetDateTime publishedAt) {
        jdbc.sql("""
                update news set demo = true, published_at = coalesce(:at, published_at),
                    created_at = coalesce(:at, created_at), updated_at = coalesce(:at, updated_at) where id = :id""")
                .param("at", publishedAt).param("id", id).update();
    }

    /** Whether any story is there, the demo's or people's. */
    boolean any() {
        return jdbc.sql("select count(*) from news").query(Long.class).single() > 0;
    }
}

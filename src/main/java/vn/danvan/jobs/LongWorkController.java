package vn.danvan.jobs;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.shared.imports.ImportFiles;
import vn.danvan.shared.imports.ImportProblem;
import vn.danvan.shared.storage.StoredFile;
import vn.danvan.shared.web.NotFoundException;

/**
 * "Công việc của tôi": the signed-in person's own jobs, each job's progress page (polled by htmx while it
 * runs, reloaded by a meta refresh without JavaScript), its file and its row report. A job is shown to the
 * person who started it only: anyone else, whatever their roles, gets 403.
 */
@Controller
class LongWorkController {

    static final String LIST = "jobs/list";
    static final String JOB = "jobs/job";
    static final String STATUS = "jobs/job :: status";
    /** How many jobs "Công việc của tôi" lists, newest first. */
    static final int LISTED = 50;

    private final LongWorkRepository repository;
    private final LongWorkHandlers handlers;
    private final LongWorkFiles files;
    private final LongWorkActor actor;
    private final MessageSource messages;
    private final int keepDays;

    LongWorkController(LongWorkRepository repository, LongWorkHandlers handlers, LongWorkFiles files,
            LongWorkActor actor, MessageSource messages,
            @org.springframework.beans.factory.annotation.Value("${danvan.jobs.keep-days:7}") int keepDays) {
        this.keepDays = keepDays;
        this.repository = repository;
        this.handlers = handlers;
        this.files = files;
        this.actor = actor;
        this.messages = messages;
    }

    @GetMapping("/jobs")
    String list(Model model) {
        List<LongWorkView> jobs = repository.ofOwner(me(), LISTED);
        model.addAttribute("jobs", jobs);
        Map<Long, String> counts = new HashMap<>();
        jobs.forEach(j -> counts.put(j.id(), handlers.counting(j.kind()).keyFor(j)));
        model.addAttribute("countKeys", counts);
        model.addAttribute("listed", LISTED);
        model.addAttribute("keepDays", keepDays);
        return LIST;
    }

    @GetMapping("/jobs/{id}")
    String job(@PathVariable long id, Model model) {
        show(id, model);
        return JOB;
    }

    /** The status block alone, for htmx polling. */
    @GetMapping(value = "/jobs/{id}", headers = "HX-Request=true")
    String status(@PathVariable long id, Model model) {
        show(id, model);
        return STATUS;
    }

    /**
     * The job's file, opened before anything is sent: one missing from the store (removed, or kept on another
     * node's disk before files were shared) is answered 404 with its key logged, never 200 without a body.
     */
    @GetMapping("/jobs/{id}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable long id) {
        owned(id);
        var file = repository.file(id).orElseThrow(() -> new NotFoundException("job file", id));
        var answer = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.type()));
        StoredFile stored = files.open(file.key());
        return answer.contentLength(stored.length()).body(new InputStreamResource(stored.content()));
    }

    /** The refused rows of an import as a spreadsheet, like a synchronous import's report. */
    @GetMapping("/jobs/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format) {
        owned(id);
        RowReport report = repository.report(id).orElseThrow(() -> new NotFoundException("job report", id));
        List<ImportProblem> problems = report.refused().stream()
                .map(r -> ImportProblem.of(r.row(), r.column(), r.messageKey(), r.argumentArray())).toList();
        return ImportFiles.report(messages, problems, format, "loi-nhap-" + id);
    }

    private void show(long id, Model model) {
        LongWorkView job = owned(id);
        model.addAttribute("job", job);
        model.addAttribute("countKey", handlers.counting(job.kind()).keyFor(job));
        model.addAttribute("report", job.hasReport() ? repository.report(id).orElse(null) : null);
    }

    private LongWorkView owned(long id) {
        LongWorkView job = repository.view(id).orElseThrow(() -> new NotFoundException("job", id));
        if (job.ownerAccountId() != me()) {
            throw new AccessDeniedException("job of another account");
        }
        return job;
    }

    private long me() {
        return actor.currentAccountId().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}

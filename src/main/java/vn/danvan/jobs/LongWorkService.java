package vn.danvan.jobs;

import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.SchedulerClient;

/**
 * Starts long work in the background and says when work is long. A module's controller asks
 * {@link #exportInBackground} or {@link #importInBackground} with the number of rows, and when the answer is
 * yes, {@link #start}s a job of its handler's kind and redirects to {@link #page}.
 */
@Service
public class LongWorkService {

    private final LongWorkRepository repository;
    private final LongWorkHandlers handlers;
    private final LongWorkActor actor;
    private final LongWorkFiles files;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final int exportThreshold;
    private final int importThreshold;

    LongWorkService(LongWorkRepository repository, LongWorkHandlers handlers, LongWorkActor actor,
            LongWorkFiles files, ObjectProvider<SchedulerClient> scheduler,
            @Value("${danvan.jobs.export-threshold:10000}") int exportThreshold,
            @Value("${danvan.jobs.import-threshold:2000}") int importThreshold) {
        this.repository = repository;
        this.handlers = handlers;
        this.actor = actor;
        this.files = files;
        this.scheduler = scheduler;
        this.exportThreshold = exportThreshold;
        this.importThreshold = importThreshold;
    }

    /**
     * Records the job for the signed-in account, in the request's language, and schedules it; both commit
     * together (db-scheduler writes through the same transaction). Its id.
     */
    @Transactional
    public long start(LongWorkRequest request) {
        long id = record(request);
        schedule(id);
        return id;
    }

    /** Records the job, queued, without scheduling it. */
    long record(LongWorkRequest request) {
        if (!handlers.knows(request.kind())) {
            throw new IllegalArgumentException("No long-work handler of kind " + request.kind());
        }
        long owner = actor.currentAccountId().orElseThrow(() -> new AccessDeniedException("not signed in"));
        long id = repository.insert(request, owner, LocaleContextHolder.getLocale());
        files.remove(id); // what a database reset left in the store under this id is not this job's
        return id;
    }

    void schedule(long id) {
        scheduler.getObject().scheduleIfNotExists(
                LongWorkTask.LONG_WORK.instance(Long.toString(id)).data(id).scheduledTo(Instant.now()));
    }

    /**
     * Whether the job is still to run or running: false once it ended, or when it is gone. A module that must not
     * run two jobs of one thing at once keeps the id of the last one it started and asks this before a new one.
     */
    public boolean active(long id) {
        return repository.job(id).map(j -> !j.state().ended()).orElse(false);
    }

    /** Whether the signed-in account started the job (only they may see its page). */
    public boolean startedByMe(long id) {
        var me = actor.currentAccountId();
        return me.isPresent() && repository.job(id).map(j -> j.ownerAccountId() == me.getAsLong()).orElse(false);
    }

    /** The job's progress page. */
    public String page(long id) {
        return "/jobs/" + id;
    }

    /** "redirect:" to the job's progress page, for a controller's answer. */
    public String redirect(long id) {
        return "redirect:" + page(id);
    }

    /** Exports of more rows than this run in the background (danvan.jobs.export-threshold, 10,000). */
    public int exportThreshold() {
        return exportThreshold;
    }

    /** Imports of more data rows than this run in the background (danvan.jobs.import-threshold, 2,000). */
    public int importThreshold() {
        return importThreshold;
    }

    public boolean exportInBackground(long rows) {
        return rows > exportThreshold;
    }

    public boolean importInBackground(long rows) {
        return rows > importThreshold;
    }
}

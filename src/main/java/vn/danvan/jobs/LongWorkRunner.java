package vn.danvan.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * Runs one job on this node (db-scheduler's {@code long-work} task calls it): a job that already ended is
 * left alone, so a second run does nothing; otherwise it moves to running (again, after a node died), its
 * handler runs as the owner, in the owner's language, and the handler's writes and the job's end commit in
 * one transaction (a refused import keeps nothing: its report is recorded alone). A handler that throws
 * leaves nothing of its writes and the job failed, with a message for the owner (the handler's own when it
 * refused with {@link LongWorkRefusedException}, or that the data changed under it when an optimistic lock
 * failed); nothing of the error's text (which may quote a citizen) is logged.
 */
@Component
class LongWorkRunner {

    private static final Logger log = LoggerFactory.getLogger(LongWorkRunner.class);
    /** The progress written at most this often (milliseconds). */
    static final long PROGRESS_EVERY_MS = 300;

    private final LongWorkRepository repository;
    private final LongWorkHandlers handlers;
    private final LongWorkFiles files;
    private final LongWorkActor actor;
    private final TransactionTemplate work;
    private final TransactionTemplate own;
    private final Clock clock;

    LongWorkRunner(LongWorkRepository repository, LongWorkHandlers handlers, LongWorkFiles files, LongWorkActor actor,
            PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.handlers = handlers;
        this.files = files;
        this.actor = actor;
        this.work = new TransactionTemplate(transactions);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Runs the job; never throws (the job records how it ended). Whether it ran. */
    boolean run(long id) {
        LongWorkJob job = repository.job(id).orElse(null);
        if (job == null) {
            log.warn("Long work {} is gone; nothing to run", id);
            return false;
        }
        if (job.state().ended()) {
            log.info("Long work {} already ended {}; not run again", id, job.state());
            return false;
        }
        LongWorkHandler handler = handlers.of(job.kind()).orElse(null);
        if (handler == null) {
            log.error("No handler of kind {} for long work {}", job.kind(), id);
            end(id, "jobs.error.unknownKind");
            return false;
        }
        LongWorkJob started = own.execute(s -> {
            job.start(OffsetDateTime.now(clock));
            return repository.save(job) ? repository.job(id).orElseThrow() : null;
        });
        if (started == null) {
            log.info("Long work {} was moved by another node; not run here", id);
            return false;
        }
        if (started.attempts() > 1) {
            log.info("Long work {} ({}) starts again from the beginning, attempt {}", id, job.kind(), started.attempts());
        }
        var input = repository.input(id);
        Path staged = files.newStaging(id);
        LongWork work = new LongWork(id, job.kind(), job.ownerAccountId(), input.unitId(), input.locale(),
                input.params(), input.inputName(), input.input(), staged);
        long begin = System.nanoTime();
        Progress progress = new Progress(id);
        try {
            LongWorkResult ran = actor.callAs(job.ownerAccountId(), () -> inLocale(input.locale(), () -> this.work.execute(s -> {
                LongWorkResult result;
                try {
                    result = handler.run(work, progress);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new HandlerException(e);
                }
                progress.write();
                if (result instanceof LongWorkResult.Report r && !r.report().succeeded()) {
                    // a refused import keeps nothing: its writes roll back, its report is recorded alone below
                    s.setRollbackOnly();
                } else {
                    finish(started, result);
                }
                return result;
            })));
            if (ran instanceof LongWorkResult.Report r && !r.report().succeeded()) {
                own.executeWithoutResult(s -> finish(started, ran));
            }
            log.info("Long work {} ({}) done in {} ms", id, job.kind(), (System.nanoTime() - begin) / 1_000_000);
            return true;
        } catch (Exception e) {
            Throwable cause = e instanceof HandlerException h ? h.getCause() : e;
            log.warn("Long work {} ({}) failed: {}", id, job.kind(), described(cause));
            files.deleteQuietly(staged);
            end(id, errorKey(cause));
            return false;
        }
    }

    private void finish(LongWorkJob started, LongWorkResult result) {
        long id = started.id();
        if (result instanceof LongWorkResult.File f) {
            String key = files.keep(id, f.written());
            repository.result(id, key, f.fileName(), f.mediaType());
        } else if (result instanceof LongWorkResult.Report r) {
            repository.report(id, r.report(), r.report().accepted().size());
        } else if (result instanceof LongWorkResult.Page p) {
            repository.page(id, p.link(), p.messageKey());
        } else {
            throw new IllegalStateException("Long work " + id + " produced nothing");
        }
        started.finish(OffsetDateTime.now(clock));
        if (!repository.save(started)) {
            throw new IllegalStateException("Long work " + id + " was moved by another node while it ran here");
        }
    }

    /** The message for the owner of a job that failed with the error. */
    static String errorKey(Throwable error) {
        if (error instanceof AccessDeniedException) {
            return "jobs.error.owner";
        }
        if (error instanceof LongWorkRefusedException refused) {
            return refused.messageKey();
        }
        if (error instanceof OptimisticLockingFailureException) {
            return "jobs.error.changed";
        }
        return "jobs.error.unexpected";
    }

    /** Records the job failed, unless it already ended. */
    private void end(long id, String errorKey) {
        own.executeWithoutResult(s -> repository.job(id).filter(j -> !j.state().ended()).ifPresent(j -> {
            j.fail(errorKey, OffsetDateTime.now(clock));
            repository.save(j);
        }));
    }

    /** The error's type and where it was thrown, never its message (which may quote what someone typed). */
    static String described(Throwable error) {
        StringBuilder s = new StringBuilder(error.getClass().getName());
        StackTraceElement[] trace = error.getStackTrace();
        for (int i = 0; i < Math.min(trace.length, 5); i++) {
            s.append(i == 0 ? " at " : " < ").append(trace[i]);
        }
        if (error.getCause() != null && error.getCause() != error) {
            s.append("; caused by ").append(described(error.getCause()));
        }
        return s.toString();
    }

    private static <T> T inLocale(Locale locale, java.util.concurrent.Callable<T> work) throws Exception {
        var before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return work.call();
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
    }

    /** A checked exception of a handler, through the transaction template. */
    private static final class HandlerException extends RuntimeException {
        HandlerException(Exception cause) {
            super(cause);
        }
    }

    /** Writes the count in a transaction of its own, at most every {@link #PROGRESS_EVERY_MS}. */
    private final class Progress implements LongWorkProgress {

        private final long id;
        private long done;
        private Long total;
        private long writtenAt;

        Progress(long id) {
            this.id = id;
        }

        @Override
        public void total(long total) {
            this.total = total;
            write();
        }

        @Override
        public void done(long done) {
            this.done = done;
            maybeWrite();
        }

        @Override
        public void step() {
            done++;
            maybeWrite();
        }

        private void maybeWrite() {
            if (System.currentTimeMillis() - writtenAt >= PROGRESS_EVERY_MS) {
                write();
            }
        }

        void write() {
            writtenAt = System.currentTimeMillis();
            own.executeWithoutResult(s -> repository.progress(id, done, total));
        }
    }
}

/**
 * Long work in the background (công việc chạy nền): imports of thousands of rows, exports of more than
 * ten thousand, national consolidation. A module starts a job with {@link vn.danvan.jobs.LongWorkService#start}
 * and supplies a {@link vn.danvan.jobs.LongWorkHandler} bean for its kind; the job runs as one db-scheduler
 * one-time task ({@code long-work}) on one node, as the person who started it, and is picked up again on
 * another node when its node dies. The person follows it on {@code /jobs/{id}} (progress, then the file or
 * the row report, or a link to the page of its result) and finds it under "Công việc của tôi" ({@code /jobs});
 * nobody else may see it.
 *
 * <p>Owns the table {@code long_work} (migrations V37, V41) and the files under {@code long-work/} of the file store
 * ({@code vn.danvan.shared.storage}: the data folder or the S3 bucket).
 * It knows no other module: who is signed in and acting as the owner come through {@link vn.danvan.jobs.LongWorkActor},
 * which {@code organisation} implements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.danvan.jobs;

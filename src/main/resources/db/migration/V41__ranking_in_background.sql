-- Commendation ranking as a background job (issue 16).
-- jobs: a job whose result is a page of its module (a ranked commendation round, say) rather than a file or a row
-- report: the page's address and the message key of the sentence the progress page shows with its link.
alter table long_work add column result_link varchar(300);
alter table long_work add column result_text_key varchar(120);
-- commendation: the last ranking job started for the round. While that job is queued or running, a new "rank"
-- request is answered with it instead of starting a second job; a request claims the round by changing this
-- column from the job it read, so that of two requests at once only one starts a job.
alter table commendation_round add column ranking_job bigint;

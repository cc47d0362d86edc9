-- Documents as an office signs them (issue 14, point 5).

-- The secretary of a dialogue conference signs its minutes beside the chair.
alter table dialogue_conference add column secretary_name varchar(200);

-- The receipt slip of a one-stop dossier (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) in the form in force:
-- the applicant's e-mail, the documents received (one a line: name; bản chính/bản sao...; number), the
-- number of sets, the hour and place of return, and the dossier's book and line in the register
-- (Sổ theo dõi hồ sơ: quyển số, số thứ tự), a line given once per unit and book.
alter table dossier add column applicant_email varchar(254);
alter table dossier add column documents_received varchar(4000);
alter table dossier add column sets_count integer;
alter table dossier add column return_time time;
alter table dossier add column return_place varchar(300);
alter table dossier add column register_book varchar(20);
alter table dossier add column register_line integer;
alter table dossier add constraint dossier_sets_count_ck check (sets_count is null or sets_count between 1 and 99);
create unique index dossier_register_line_uq on dossier (unit_id, register_book, register_line);

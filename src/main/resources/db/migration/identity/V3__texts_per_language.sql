-- An organisation's profile and legal statements get a version per language: the existing columns keep the
-- German version (the interface's first language, in which every text written so far is kept), the new
-- ones the Danish and English versions. Readers of a missing version see the site default's, or the one there is.
alter table organisation add column profile_text_da       varchar(5000);
alter table organisation add column profile_text_en       varchar(5000);
alter table organisation add column imprint_text_da       varchar(20000);
alter table organisation add column imprint_text_en       varchar(20000);
alter table organisation add column privacy_text_da       varchar(20000);
alter table organisation add column privacy_text_en       varchar(20000);
alter table organisation add column accessibility_text_da varchar(20000);
alter table organisation add column accessibility_text_en varchar(20000);

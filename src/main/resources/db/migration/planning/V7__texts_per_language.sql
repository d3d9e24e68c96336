-- A status a plan's owner adds gets a name per language: label keeps the German version (the interface's
-- first language, in which every name written so far is kept), label_da and label_en the others. Any of
-- them may be missing; readers then see the site default's version, or the one there is.
alter table plan_status add column label_da varchar(100);
alter table plan_status add column label_en varchar(100);

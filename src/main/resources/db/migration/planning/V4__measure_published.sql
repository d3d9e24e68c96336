-- A measure made from the evaluation inbox stays out of public pages, exports, open data and the widget
-- until the decision that created it is published; every other measure is public with its plan.
alter table measure add column published boolean not null default true;

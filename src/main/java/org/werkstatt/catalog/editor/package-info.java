/**
 * Who edits, who approves: the provider's editor of an offer (drafts, submission for approval), the catalog
 * owner's approvals with the difference against the published version, and every version of an offer.
 */
@NullMarked
package org.werkstatt.catalog.editor;

import org.jspecify.annotations.NullMarked;

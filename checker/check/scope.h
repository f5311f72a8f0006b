// Scope: does a fact sheet cover an article? All the keys a sheet gives must
// hold: at least one `mentions` pattern matches, the publication date is in the
// `published` window, the path matches one of `paths`.
#pragma once

#include "checker/rules/compiled_rules.h"
#include "checker/text/article.h"

namespace factlint::check {

// An article with no publication date is outside a sheet that gives a
// `published` window: which story it belongs to cannot be told.
bool in_scope(const rules::CompiledSheet& sheet, const text::Article& article);

// True when the sheet would cover the article but for its publication date:
// the sheet has a `published` window and the article gives no date (or only a
// month or year), while its paths and mentions match. Such an article is not
// checked against the sheet, and the user is told (never silently).
bool out_of_scope_for_want_of_a_date(const rules::CompiledSheet& sheet, const text::Article& article);

// True when the article's paths and mentions match the sheet but its
// publication date falls outside the sheet's `published` window.
bool out_of_window(const rules::CompiledSheet& sheet, const text::Article& article);

}  // namespace factlint::check

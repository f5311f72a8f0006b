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

}  // namespace factlint::check

#include "checker/rules/mention_filter.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#ifdef FACTLINT_HAVE_HYPERSCAN
#include <hs.h>
#endif

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <limits>

#include "checker/rules/compiled_pattern.h"
#include "checker/rules/word_index.h"
#include "checker/text/front_matter.h"
#include "checker/text/load_article.h"

namespace factlint::rules {
namespace {

// Shorter pieces occur in nearly every article: an atom that gives none is
// taken as present.
constexpr std::size_t kLeastPiece = 3;

}  // namespace

std::vector<std::string> atom_pieces(std::string_view atom) {
  std::vector<std::string> pieces;
  for (std::size_t i = 0; i < atom.size();) {
    if (!is_word_byte(atom[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < atom.size() && is_word_byte(atom[end])) ++end;
    if (end - i >= kLeastPiece) pieces.emplace_back(atom.substr(i, end - i));
    i = end;
  }
  return pieces;
}

namespace {

// The characters that make or join letters when the bytes become text (the
// list in the header), by their UTF-8 bytes.
constexpr std::string_view kHidden[] = {
    "\xE2\x80\x8B",  // U+200B ZERO WIDTH SPACE
    "\xE2\x80\x8C",  // U+200C ZERO WIDTH NON-JOINER
    "\xE2\x80\x8D",  // U+200D ZERO WIDTH JOINER
    "\xE2\x84\xAA",  // U+212A KELVIN SIGN, matched as 'k'
    "\xC5\xBF",      // U+017F LATIN SMALL LETTER LONG S, matched as 's'
    "\xC4\xB0",      // U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE, lower case 'i'
};
// U+FEFF: a byte-order mark at the start is not text; anywhere else it is
// deleted like the zero-width characters.
constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool escapes_in_front_matter(std::string_view raw) {
  return std::memchr(raw.data(), '\\', text::body_begin(raw)) != nullptr;
}

}  // namespace

struct MentionFilter::Compiled {
#ifdef FACTLINT_HAVE_HYPERSCAN
  hs_database_t* hyperscan = nullptr;
  // Which database a thread's scratch space was made for: a number never
  // used again, where a freed database's address may be.
  std::uint64_t serial = 0;
  ~Compiled() { hs_free_database(hyperscan); }
#endif
  // When Hyperscan is not built in, or cannot be used here: the pieces, and
  // the hidden characters.
  std::unique_ptr<re2::RE2::Set> pieces;
  std::unique_ptr<re2::RE2> hidden;
};

namespace {

#ifdef FACTLINT_HAVE_HYPERSCAN
// Each piece ignoring ASCII case, reported once (the characters that fold
// otherwise are among the hidden ones), each hidden character as its bytes;
// a literal's id is its index, pieces first. Null when this machine cannot
// run Hyperscan (it needs SSSE3) or it refuses the set.
hs_database_t* compile_hyperscan(const std::vector<std::string>& pieces) {
  if (hs_valid_platform() != HS_SUCCESS) return nullptr;
  std::vector<std::string_view> literals(pieces.begin(), pieces.end());
  std::vector<unsigned> flags(pieces.size(), HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH);
  for (std::string_view hidden : kHidden) literals.push_back(hidden);
  literals.push_back(kBom);
  flags.resize(literals.size(), 0);
  std::vector<const char*> expressions;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < literals.size(); ++i) {
    expressions.push_back(literals[i].data());
    lengths.push_back(literals[i].size());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(literals.size()), HS_MODE_BLOCK, nullptr, &db,
                           &error) != HS_SUCCESS) {
    hs_free_compile_error(error);
    return nullptr;
  }
  return db;
}

std::atomic<std::uint64_t> next_serial{1};

// This thread's scratch space for `db`, numbered `serial` (Hyperscan's
// scratch serves one scan at a time; it is grown for each new database).
hs_scratch_t* scratch_for(const hs_database_t* db, std::uint64_t serial) {
  struct Held {
    hs_scratch_t* scratch = nullptr;
    std::uint64_t serial = 0;
    ~Held() { hs_free_scratch(scratch); }
  };
  thread_local Held held;
  if (held.serial != serial) {
    if (hs_alloc_scratch(db, &held.scratch) != HS_SUCCESS) return nullptr;
    held.serial = serial;
  }
  return held.scratch;
}

struct Scan {
  std::vector<char>& found;  // by piece id
  unsigned pieces;           // ids from here on: hidden characters, the last one U+FEFF
};

// Notes each piece found; stops the scan at a hidden character, but a
// byte-order mark opening the file.
int on_found(unsigned id, unsigned long long /*from*/, unsigned long long to, unsigned /*flags*/, void* context) {
  Scan& scan = *static_cast<Scan*>(context);
  if (id < scan.pieces) {
    scan.found[id] = 1;
    return 0;
  }
  const bool bom = id == scan.pieces + std::size(kHidden);
  return bom && to == kBom.size() ? 0 : 1;
}
#endif

// The pieces ignoring case (a superset of ignoring ASCII case).
std::unique_ptr<re2::RE2::Set> compile_re2_pieces(const std::vector<std::string>& pieces) {
  re2::RE2::Options options = re2_options({});
  options.set_max_mem(64 << 20);
  auto set = std::make_unique<re2::RE2::Set>(options, re2::RE2::UNANCHORED);
  for (const std::string& piece : pieces)
    if (set->Add(quote_meta(piece), nullptr) < 0) return nullptr;
  return set->Compile() ? std::move(set) : nullptr;
}

// The hidden characters as written, U+FEFF after some byte.
std::unique_ptr<re2::RE2> compile_re2_hidden() {
  std::string any;
  for (std::string_view hidden : kHidden) any += quote_meta(hidden) + '|';
  any += "\\C" + quote_meta(kBom);  // \C: any byte, a valid character or not
  auto re = std::make_unique<re2::RE2>(any, re2_options({.ignore_case = false}));
  return re->ok() ? std::move(re) : nullptr;
}

// This thread's list of pieces found, cleared, for `n` pieces.
std::vector<char>& found_buffer(std::size_t n) {
  thread_local std::vector<char> found;
  found.assign(n, 0);
  return found;
}

}  // namespace

std::unique_ptr<const MentionFilter> MentionFilter::build(std::vector<std::string> mentions, Engine engine) {
  if (mentions.empty()) return nullptr;
  return std::unique_ptr<const MentionFilter>(new MentionFilter(std::move(mentions), engine));
}

MentionFilter::MentionFilter(std::vector<std::string> mentions, Engine engine)
    : mentions_(std::move(mentions)), engine_(engine) {}

MentionFilter::~MentionFilter() = default;
MentionFilter::Analysis::~Analysis() = default;

const MentionFilter::Analysis& MentionFilter::analysis() const {
  std::call_once(analysed_, [this] {
    analysis_ = std::make_unique<Analysis>();
    Analysis& a = *analysis_;
    a.patterns = std::make_unique<re2::FilteredRE2>(static_cast<int>(kLeastPiece));
    for (const std::string& mention : mentions_) {
      int id = 0;
      if (a.patterns->Add(mention, re2_options({}), &id) != re2::RE2::NoError) return;
    }
    std::vector<std::string> atoms;
    a.patterns->Compile(&atoms);
    std::vector<std::vector<std::string>> pieces_of(atoms.size());
    std::vector<int> always;  // atoms with no piece to look for: taken as there
    for (std::size_t i = 0; i < atoms.size(); ++i) {
      pieces_of[i] = atom_pieces(atoms[i]);
      if (pieces_of[i].empty()) always.push_back(static_cast<int>(i));
      a.pieces.insert(a.pieces.end(), pieces_of[i].begin(), pieces_of[i].end());
    }
    // A pattern that may match with no piece in the bytes cannot be ruled out.
    std::vector<int> potential;
    a.patterns->AllPotentials(always, &potential);
    if (!potential.empty() || a.pieces.empty()) {
      a.pieces.clear();
      return;
    }
    std::sort(a.pieces.begin(), a.pieces.end());
    a.pieces.erase(std::unique(a.pieces.begin(), a.pieces.end()), a.pieces.end());
    a.atom_pieces.resize(atoms.size());
    for (std::size_t i = 0; i < atoms.size(); ++i) {
      for (const std::string& piece : pieces_of[i])
        a.atom_pieces[i].push_back(
            static_cast<int>(std::lower_bound(a.pieces.begin(), a.pieces.end(), piece) - a.pieces.begin()));
    }
    a.usable = true;
  });
  return *analysis_;
}

bool MentionFilter::may_match(const Analysis& a, const std::vector<char>& found,
                              std::optional<std::vector<int>>* potential_out) const {
  if (std::find(found.begin(), found.end(), 1) == found.end()) return false;  // checked when analysed
  thread_local std::vector<int> atoms, potential;
  atoms.clear();
  for (std::size_t i = 0; i < a.atom_pieces.size(); ++i) {
    const std::vector<int>& needed = a.atom_pieces[i];
    if (std::all_of(needed.begin(), needed.end(), [&](int piece) { return found[piece] != 0; }))
      atoms.push_back(static_cast<int>(i));
  }
  potential.clear();
  a.patterns->AllPotentials(atoms, &potential);
  if (potential_out && !potential.empty()) {
    std::vector<int>& out = potential_out->emplace(potential);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  return !potential.empty();
}

const MentionFilter::Compiled& MentionFilter::compiled() const {
  std::call_once(once_, [this] {
    compiled_ = std::make_unique<Compiled>();
    const std::vector<std::string>& pieces = analysis().pieces;
#ifdef FACTLINT_HAVE_HYPERSCAN
    if (engine_ == Engine::kBest) compiled_->hyperscan = compile_hyperscan(pieces);
    compiled_->serial = next_serial++;
    if (compiled_->hyperscan) return;
#endif
    compiled_->pieces = compile_re2_pieces(pieces);
    compiled_->hidden = compile_re2_hidden();
  });
  return *compiled_;
}

std::string_view MentionFilter::engine() const {
#ifdef FACTLINT_HAVE_HYPERSCAN
  if (compiled().hyperscan) return "hyperscan";
#endif
  return "re2";
}

bool MentionFilter::rules_out(std::string_view path, std::string_view raw,
                              std::optional<std::vector<int>>* may_match_out) const {
  const Analysis& a = analysis();
  if (!a.usable || text::is_html(path) || escapes_in_front_matter(raw)) return false;
  const Compiled& engine = compiled();
  std::vector<char>& found = found_buffer(a.pieces.size());
#ifdef FACTLINT_HAVE_HYPERSCAN
  if (engine.hyperscan) {
    hs_scratch_t* scratch = scratch_for(engine.hyperscan, engine.serial);
    if (!scratch || raw.size() > std::numeric_limits<unsigned>::max()) return false;
    Scan scan{found, static_cast<unsigned>(a.pieces.size())};
    // HS_SCAN_TERMINATED: a hidden character.
    if (hs_scan(engine.hyperscan, raw.data(), static_cast<unsigned>(raw.size()), 0, scratch, on_found, &scan) !=
        HS_SUCCESS)
      return false;
    return !may_match(a, found, may_match_out);
  }
#endif
  if (!engine.pieces || !engine.hidden || re2::RE2::PartialMatch(raw, *engine.hidden)) return false;
  std::vector<int> hits;
  re2::RE2::Set::ErrorInfo error;
  if (!engine.pieces->Match(raw, &hits, &error) && error.kind != re2::RE2::Set::kNoError) return false;
  for (int piece : hits) found[static_cast<std::size_t>(piece)] = 1;
  return !may_match(a, found, may_match_out);
}

}  // namespace factlint::rules

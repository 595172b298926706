// parse_line: classify the line (blank, rule, header), then read it as a record with the reader
// its layout needs; what does not read as a record and holds "ALM" is an alarm. Detection order for records when no layout is forced: the context's
// layout first, then the fixed grids B, A, C (B is what the real captures use), then tokens.
#include "common/smdr/parser.h"

#include "common/smdr/fields.h"
#include "common/smdr/readers.h"

namespace kxcti::smdr {

using namespace detail;

namespace {

bool blank_text(std::string_view s) noexcept {
    for (char c : s)
        if (!is_space(c)) return false;
    return true;
}

bool rule_text(std::string_view s) noexcept {
    bool dash = false;
    for (char c : s) {
        if (c == '-') dash = true;
        else if (!is_space(c)) return false;
    }
    return dash;
}

bool fixed_grid(Layout l) noexcept { return l == Layout::A || l == Layout::B || l == Layout::C; }

void read_record(std::string_view line, bool csv, const ParserContext& ctx, ParsedLine& out) {
    LineRules rules;
    rules.fixed_order = ctx.options.date_order != DateOrder::Auto ? ctx.options.date_order : ctx.date_order;
    rules.fallback = ctx.options.ambiguous_date_default == DateOrder::Auto ? DateOrder::DMY
                                                                            : ctx.options.ambiguous_date_default;
    rules.clock = ctx.options.clock;
    rules.padded = ctx.padded;

    const bool forced = ctx.options.layout != Layout::Unknown;
    const Layout want = forced ? ctx.options.layout : ctx.layout;

    if (forced ? want == Layout::HtsCsv : csv) return read_hts(line, rules, out);
    if (fixed_grid(want) && read_plain_grid(line, want, rules, out)) return;  // most records
    // Grids to try, best guess first.
    Layout order[4] = {};
    std::size_t n = 0;
    if (fixed_grid(want)) order[n++] = want;
    if (want == Layout::TD816) order[n++] = Layout::B, order[n++] = Layout::A;  // its variants
    if (!forced && want != Layout::TA && want != Layout::TD816)
        for (Layout l : {Layout::B, Layout::A, Layout::C})
            if (l != want) order[n++] = l;
    for (std::size_t i = 0; i < n; ++i)
        if (read_grid(line, order[i], want == Layout::TD816 ? Layout::TD816 : order[i], rules, out)) return;
    read_tokens(line, want, rules, out);
}

} // namespace

ParsedLine parse_line(std::string_view line, const ParserContext& ctx) noexcept {
    ParsedLine out;
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
    while (!line.empty() && line.front() == '\f') {
        out.form_feed = true;
        line.remove_prefix(1);
    }
    // A line that starts with a "dd/dd/" date (nearly every line) is no blank line, rule, page
    // header or CSV line (whose dates are YYYY-MM-DD): straight to the record readers.
    const bool smdr_date = line.size() > 5 && is_digit(line[0]) && line[2] == '/' && line[5] == '/';
    if (!smdr_date) {
        if (blank_text(line)) {
            out.kind = LineKind::Blank;
            return out;
        }
        if (rule_text(line)) {
            out.kind = LineKind::Rule;
            return out;
        }
    }
    std::optional<Layout> announced;
    const bool csv = !smdr_date && hts_shaped(line);
    if (!smdr_date && (header_line(line, announced) || (csv && hts_header(line) && (announced = Layout::HtsCsv)))) {
        out.kind = LineKind::Header;
        out.header_layout = announced;
        return out;
    }
    read_record(line, csv, ctx, out);
    // Alarm lines ("ALM ...") are whatever does not read as a record: a caller's name may hold
    // the letters too ("<I>ALMA SMITH0123").
    if (out.kind == LineKind::Error && alarm_line(line)) {
        bool form_feed = out.form_feed;
        out = ParsedLine{};
        out.kind = LineKind::Alarm;
        out.form_feed = form_feed;
    }
    return out;
}

void observe(ParserContext& ctx, const ParsedLine& parsed) noexcept {
    if (parsed.kind == LineKind::Header) {
        // A header announcing nothing we know leaves the choice to the records' shapes.
        Layout announced = parsed.header_layout.value_or(Layout::Unknown);
        if (announced != ctx.layout) ctx.padded = false;
        ctx.layout = announced;
        return;
    }
    if (parsed.kind != LineKind::Record && parsed.kind != LineKind::Login && parsed.kind != LineKind::Logout) return;
    if (parsed.record.layout != Layout::Unknown) {
        if (parsed.record.layout != ctx.layout) ctx.padded = false;
        ctx.layout = parsed.record.layout;
    }
    if (parsed.full_width) ctx.padded = true;
    // The first date that fits one order only settles the order for the rest of the stream.
    if (ctx.date_order == DateOrder::Auto && ctx.options.date_order == DateOrder::Auto && parsed.date_order_decisive)
        ctx.date_order = parsed.date_order;
}

Parser::Parser(ParseOptions options) { ctx_.options = options; }

ParsedLine Parser::feed(std::string_view line) noexcept {
    auto p = parse_line(line, ctx_);
    observe(ctx_, p);
    return p;
}

} // namespace kxcti::smdr

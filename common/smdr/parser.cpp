// Placeholder until the parser lands: every line is an error, so nothing is misread.
#include "common/smdr/parser.h"

namespace kxcti::smdr {

ParsedLine parse_line(std::string_view, const ParserContext&) noexcept {
    ParsedLine p;
    p.kind = LineKind::Error;
    p.error = "parser not implemented";
    return p;
}
void observe(ParserContext&, const ParsedLine&) noexcept {}
DateOrder detect_date_order(std::span<const std::string_view>) noexcept { return DateOrder::Auto; }
Parser::Parser(ParseOptions options) { ctx_.options = options; }
ParsedLine Parser::feed(std::string_view line) noexcept {
    auto p = parse_line(line, ctx_);
    observe(ctx_, p);
    return p;
}
std::string_view to_string(Layout) noexcept { return "unknown"; }
std::string_view to_string(LineKind) noexcept { return "error"; }
std::string_view to_string(Direction) noexcept { return "unknown"; }

} // namespace kxcti::smdr

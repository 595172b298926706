#include "common/storage/interpret.h"

namespace kxcti::storage {

smdr::ParsedLine interpret_line(std::string_view bytes, LineEnd end, smdr::ParserContext& ctx) {
    if (end == LineEnd::LinkDropped || end == LineEnd::TooLong) {
        smdr::ParsedLine cut;
        cut.kind = smdr::LineKind::Error;
        cut.error = end == LineEnd::LinkDropped
                        ? "cut short: the link dropped mid-line (the PBX prints the record again after reconnecting)"
                        : "runaway line: no line end within " + std::to_string(kMaxLineBytes) +
                              " bytes (garbage or a wrong baud rate?); its first " + std::to_string(kMaxLineBytes) +
                              " bytes are kept here, the rest up to the next line end was dropped";
        return cut;
    }
    smdr::ParsedLine parsed = smdr::parse_line(bytes, ctx);
    smdr::observe(ctx, parsed);
    return parsed;
}

} // namespace kxcti::storage

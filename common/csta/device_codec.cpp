#include "common/csta/device_codec.h"

namespace kxcti::csta {
namespace {

bool is_context(const Tlv& t, std::uint32_t n) { return t.tag.cls == TagClass::Context && t.tag.number == n; }

// One alternative of DeviceID's deviceIdentifier CHOICE.
bool read_identifier(Cursor& parent, const Tlv& t, DeviceRef& out) {
    if (t.tag.cls != TagClass::Context || t.tag.number > 6) return false;
    const auto n = t.tag.number;
    if (n == 3 || n == 5) {
        out.form = n == 3 ? DeviceForm::ExplicitPublic : DeviceForm::ExplicitPrivate;
        if (!t.tag.constructed) {
            out.number = read_string(t).value_or("");
            return true;
        }
        Cursor inner = parent.enter(t);
        const auto ton = inner.next();
        if (!ton || ton->tag.constructed) return false;
        out.ton = static_cast<int>(ton->tag.number);
        out.number = read_string(*ton).value_or("");
        return true;
    }
    if (t.tag.constructed) return false;
    if (n == 1) {
        const auto v = read_integer(t);
        if (!v.ok) return false;
        out.form = DeviceForm::DeviceNumber;
        out.device_number = v.value;
        out.number = std::to_string(v.value);
        return true;
    }
    static constexpr DeviceForm kForms[] = {DeviceForm::DialingNumber, DeviceForm::DeviceNumber,
                                            DeviceForm::ImplicitPublic, DeviceForm::ExplicitPublic,
                                            DeviceForm::ImplicitPrivate, DeviceForm::ExplicitPrivate,
                                            DeviceForm::Other};
    out.form = kForms[n];
    out.number = read_string(t).value_or("");
    return true;
}

void write_identifier(Writer& w, const DeviceRef& d) {
    switch (d.form) {
    case DeviceForm::DialingNumber: w.string(d.number, context(0, false)); break;
    case DeviceForm::DeviceNumber: w.integer(d.device_number, context(1, false)); break;
    case DeviceForm::ImplicitPublic: w.string(d.number, context(2, false)); break;
    case DeviceForm::ImplicitPrivate: w.string(d.number, context(4, false)); break;
    case DeviceForm::Other: w.string(d.number, context(6, false)); break;
    case DeviceForm::ExplicitPublic:
    case DeviceForm::ExplicitPrivate: {
        const std::uint32_t n = d.form == DeviceForm::ExplicitPublic ? 3 : 5;
        if (d.ton < 0) {
            w.string(d.number, context(n, false));
        } else {
            w.constructed(context(n, true), [&] { w.string(d.number, context(static_cast<std::uint32_t>(d.ton), false)); });
        }
        break;
    }
    default: break;
    }
}

} // namespace

void DecodeNotes::skip(const Tlv& t) {
    ++skipped;
    if (named.size() < kMaxNamed) named.push_back(tag_text(t.tag) + "@" + std::to_string(t.offset));
}

bool read_device_id(Cursor& parent, const Tlv& t, DeviceRef& out) {
    if (t.tag == kSequenceTag) {
        Cursor inner = parent.enter(t);
        const auto first = inner.next();
        if (!first || !read_identifier(inner, *first, out)) return false;
        out.bare = false;
        return true;
    }
    if (!read_identifier(parent, t, out)) return false;
    out.bare = true;
    return true;
}

bool read_device_wrapper(Cursor& parent, const Tlv& wrapper, DeviceRef& out, bool redirection) {
    if (!wrapper.tag.constructed) return false;
    Cursor inner = parent.enter(wrapper);
    const auto first = inner.next();
    if (!first) return false;
    if (first->tag.cls == TagClass::Context && !first->tag.constructed && first->tag.number >= 7 &&
        first->tag.number <= 10) {
        switch (first->tag.number) {
        case 7: out.form = DeviceForm::NotKnown; return true;
        case 8: out.form = redirection ? DeviceForm::NotRequired : DeviceForm::Restricted; return true;
        case 9: out.form = DeviceForm::NotSpecified; return redirection;
        case 10: out.form = DeviceForm::Restricted; return redirection;
        }
    }
    return read_device_id(inner, *first, out);
}

bool read_connection(Cursor& parent, const Tlv& t, ConnectionRef& out) {
    if (!t.tag.constructed) return false;
    Cursor inner = parent.enter(t);
    while (auto child = inner.next()) {
        if (is_context(*child, 0) && !child->tag.constructed) {
            out.call_id = read_string(*child);
        } else if (is_context(*child, 1) && child->tag.constructed) {
            Cursor local = inner.enter(*child);
            if (const auto id = local.next()) {
                if (is_context(*id, 3) && !id->tag.constructed) out.dynamic_id = read_string(*id);
                else read_device_id(local, *id, out.device);
            }
        } else if (child->tag == kSequenceTag || child->tag == application(app::kConnectionId, true)) {
            // The "both" alternative, or a ConnectionID explicitly re-tagged ([0] { [APPLICATION 11] }).
            read_connection(inner, *child, out);
        }
    }
    return !inner.failed() && out.present();
}

void write_device_id(Writer& w, const DeviceRef& d) {
    if (d.bare) {
        write_identifier(w, d);
        return;
    }
    w.constructed(kSequenceTag, [&] { write_identifier(w, d); });
}

void write_device_wrapper(Writer& w, Tag tag, const DeviceRef& d, bool redirection) {
    w.constructed(tag, [&] {
        switch (d.form) {
        case DeviceForm::Absent: break;
        case DeviceForm::NotKnown: w.null(context(7, false)); break;
        case DeviceForm::Restricted: w.null(context(redirection ? 10 : 8, false)); break;
        case DeviceForm::NotRequired: w.null(context(8, false)); break;
        case DeviceForm::NotSpecified: w.null(context(9, false)); break;
        default: write_device_id(w, d); break;
        }
    });
}

void write_connection(Writer& w, const ConnectionRef& c, Tag tag) {
    const bool local = c.device.form != DeviceForm::Absent || c.dynamic_id;
    auto write_local = [&] {
        w.constructed(context(1, true), [&] {
            if (c.dynamic_id) w.string(*c.dynamic_id, context(3, false));
            else write_device_id(w, c.device);
        });
    };
    w.constructed(tag, [&] {
        if (c.call_id && local) {
            w.constructed(kSequenceTag, [&] {
                w.string(*c.call_id, context(0, false));
                write_local();
            });
        } else if (c.call_id) {
            w.string(*c.call_id, context(0, false));
        } else if (local) {
            write_local();
        }
    });
}

std::string device_text(const DeviceRef& d) {
    switch (d.form) {
    case DeviceForm::Absent: return "-";
    case DeviceForm::NotKnown: return "notKnown";
    case DeviceForm::Restricted: return "restricted";
    case DeviceForm::NotRequired: return "notRequired";
    case DeviceForm::NotSpecified: return "notSpecified";
    case DeviceForm::DeviceNumber: return "dev#" + d.number;
    default: return d.number.empty() ? "\"\"" : d.number;
    }
}

std::string connection_text(const ConnectionRef& c) {
    std::string text = "call " + (c.call_id ? hex(*c.call_id) : std::string("?"));
    if (c.device.form != DeviceForm::Absent) text += " at " + device_text(c.device);
    else if (c.dynamic_id) text += " at dyn:" + hex(*c.dynamic_id);
    return text;
}

} // namespace kxcti::csta

#include "common/csta/kme.h"

#include "common/csta/device_codec.h"

namespace kxcti::csta {
namespace {

bool is_string_tag(const Tag& t) {
    return !t.constructed && t.cls == TagClass::Universal &&
           (t.number == univ::kIa5String || t.number == univ::kOctetString);
}

// An entry { device DeviceID, number IA5String, status ENUMERATED }: a SEQUENCE whose first
// element is a DeviceID and which holds a string. Returns false (without consuming anything
// the caller needs) when `seq` is not one.
bool read_entry(Cursor& parent, const Tlv& seq, DiscoveredDevice& out) {
    Cursor f = parent.enter(seq);
    const auto first = f.next();
    if (!first || !read_device_id(f, *first, out.device)) return false;
    bool have_number = false;
    while (auto t = f.next()) {
        // An entry holds only primitives after its DeviceID; a SEQUENCE with more structure is
        // the reply around the entries (whose first element may look like a bare DeviceID).
        if (t->tag.constructed) return false;
        if (is_string_tag(t->tag) && !have_number) {
            out.number = read_string(*t).value_or("");
            have_number = true;
        } else if (t->tag == universal(univ::kEnumerated) && !out.status) {
            const auto v = read_integer(*t);
            if (v.ok) out.status = v.value;
        }
    }
    // The number string is what makes it an entry: without it, a DeviceID SEQUENCE (or a list
    // holding one entry) would read as an entry whose device is its own first element.
    return have_number && !f.failed();
}

// Searches a linked reply for lastSegment (BOOLEAN), segmentID (INTEGER), crossRefID (OCTET
// STRING) and device entries, at any depth (the cursor refuses anything past kMaxDepth).
void search(Cursor& c, DeviceSegment& seg, bool& have_last) {
    while (auto t = c.next()) {
        if (t->tag == kSequenceTag) {
            DiscoveredDevice dev;
            if (read_entry(c, *t, dev)) {
                seg.devices.push_back(std::move(dev));
                continue;
            }
        }
        if (t->tag.constructed) {
            Cursor inner = c.enter(*t);
            search(inner, seg, have_last);
            if (inner.failed()) {
                seg.error = inner.error();
                return;
            }
            continue;
        }
        if (t->tag == universal(univ::kBoolean) && !have_last) {
            const auto b = read_boolean(*t);
            if (b) {
                seg.last_segment = *b;
                have_last = true;
            }
        } else if (t->tag == universal(univ::kInteger) && !seg.segment_id) {
            const auto v = read_integer(*t);
            if (v.ok) seg.segment_id = v.value;
        } else if (t->tag == universal(univ::kOctetString) && !seg.service_cross_ref) {
            seg.service_cross_ref = read_string(*t);
        } else if (t->tag == context(2, false) && t->value.size() == 1 && !have_last) {
            // lastSegment [2] tagged implicitly instead of wrapping a BOOLEAN.
            seg.last_segment = t->value[0] != 0;
            have_last = true;
        } else if (t->tag == context(1, false) && !seg.segment_id) {
            const auto v = read_integer(*t);
            if (v.ok) seg.segment_id = v.value;
        } else {
            ++seg.skipped;
        }
    }
}

} // namespace

Bytes encode_kme_device_list_request(int category) {
    Writer w;
    w.constructed(kSequenceTag, [&] {                       // EscapeArgument
        w.constructed(context(4, true), [&] {               // kmeSystemData
            w.constructed(context(0, true), [&] {           // getSystemData (request)
                w.constructed(context(4, true), [&] {       // deviceList
                    w.constructed(context(1, true), [&] {   // category
                        w.constructed(context(0, true), [&] { w.enumerated(category); }); // standardDevice
                    });
                });
            });
        });
    });
    return w.take();
}

std::optional<DeviceSegment> decode_kme_device_list(const Tlv& argument) {
    if (argument.tag != kSequenceTag) return std::nullopt;
    Cursor top(argument, 2);
    // kmeSystemData [4] directly in the escape argument, then systemDataLinkedReply [3].
    std::optional<Tlv> system_data;
    while (auto t = top.next())
        if (t->tag == context(4, true)) system_data = t;
    if (!system_data) return std::nullopt;
    Cursor sd = top.enter(*system_data);
    std::optional<Tlv> reply;
    while (auto t = sd.next())
        if (t->tag == context(3, true)) reply = t;
    if (!reply) return std::nullopt;
    DeviceSegment seg;
    bool have_last = false;
    Cursor r = sd.enter(*reply);
    search(r, seg, have_last);
    if (r.failed() && seg.error.empty()) seg.error = r.error();
    if (seg.error.empty() && !have_last) seg.error = "device list segment without lastSegment";
    if (!seg.error.empty()) seg.error = "Panasonic device list: " + seg.error;
    seg.ok = seg.error.empty();
    return seg;
}

Bytes encode_kme_device_list(std::int64_t segment_id, bool last, const std::vector<DiscoveredDevice>& devices,
                             const std::string& cross_ref) {
    Writer w;
    w.constructed(kSequenceTag, [&] {                        // EscapeArgument
        w.constructed(context(4, true), [&] {                // kmeSystemData
            w.constructed(context(3, true), [&] {            // systemDataLinkedReply
                w.constructed(kSequenceTag, [&] {            // KmeSystemDataLinkedReply
                    if (!cross_ref.empty()) w.constructed(context(0, true), [&] { w.string(cross_ref); });
                    w.constructed(context(1, true), [&] { w.integer(segment_id); });
                    w.constructed(context(2, true), [&] { w.boolean(last); });
                    w.constructed(context(3, true), [&] {    // sysData
                        w.constructed(kSequenceTag, [&] {    // KmeGetSystemDataRsp
                            w.constructed(context(38, true), [&] {  // deviceList
                                w.constructed(kSequenceTag, [&] {   // KmeDeviceStateList
                                    for (const auto& d : devices) {
                                        w.constructed(kSequenceTag, [&] {
                                            write_device_id(w, d.device);
                                            w.string(d.number, universal(univ::kIa5String));
                                            w.enumerated(d.status.value_or(0));
                                        });
                                    }
                                });
                            });
                        });
                    });
                });
            });
        });
    });
    return w.take();
}

} // namespace kxcti::csta

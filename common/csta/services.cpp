#include "common/csta/services.h"

#include "common/csta/device_codec.h"

namespace kxcti::csta {
namespace {

bool is(const Tlv& t, Tag tag) { return t.tag == tag; }
const Tag kEnum = universal(univ::kEnumerated);
const Tag kOctets = universal(univ::kOctetString);

// The first child of `seq` (a SEQUENCE) read as a DeviceID.
std::optional<DeviceRef> first_device(const Tlv& seq) {
    if (seq.tag != kSequenceTag) return std::nullopt;
    Cursor c(seq, 2);
    const auto t = c.next();
    DeviceRef d;
    if (!t || !read_device_id(c, *t, d)) return std::nullopt;
    return d;
}

void read_call_state(Cursor& parent, const Tlv& t, SnapshotCall& call) {
    if (t.tag.number == 0 && t.tag.constructed) {
        Cursor states = parent.enter(t);
        while (auto s = states.next()) {
            const auto v = read_integer(*s);
            if (!v.ok) continue;
            if (auto st = connection_state(v.value)) call.compound.push_back(*st);
        }
        if (!call.compound.empty()) call.local_state = call.compound.front();
    } else if (t.tag.number == 1 && !t.tag.constructed) {
        const auto v = read_integer(t);
        if (!v.ok) return;
        call.simple = v.value;
        // SimpleCallState packs (local state, other state) as nibbles: 0x23 alerting-connect.
        call.local_state = connection_state(v.value >> 4);
    }
}

} // namespace

std::optional<std::int64_t> decode_system_status(const std::optional<Tlv>& argument) {
    if (!argument) return std::nullopt;
    if (is(*argument, kEnum)) {
        const auto v = read_integer(*argument);
        return v.ok ? std::optional(v.value) : std::nullopt;
    }
    if (!is(*argument, kSequenceTag)) return std::nullopt;
    Cursor c(*argument, 2);
    while (auto t = c.next()) {
        if (!is(*t, kEnum)) continue;
        const auto v = read_integer(*t);
        if (v.ok) return v.value;
    }
    return std::nullopt;
}

Bytes encode_system_status_arg(SystemStatus status) {
    Writer w;
    w.constructed(kSequenceTag, [&] { w.enumerated(static_cast<std::int64_t>(status)); });
    return w.take();
}

Bytes encode_monitor_start_arg(const DeviceRef& device) {
    Writer w;
    w.constructed(kSequenceTag, [&] {
        write_device_id(w, device);
        w.constructed(context(0, true), [] {});
    });
    return w.take();
}

std::optional<DeviceRef> decode_monitor_start_arg(const Tlv& argument) { return first_device(argument); }

std::optional<std::string> decode_monitor_start_result(const std::optional<Tlv>& result) {
    if (!result) return std::nullopt;
    if (is(*result, application(app::kCrossRefId, false))) return read_string(*result);
    if (!is(*result, kSequenceTag)) return std::nullopt;
    Cursor c(*result, 2);
    while (auto t = c.next())
        if (is(*t, application(app::kCrossRefId, false))) return read_string(*t);
    return std::nullopt;
}

Bytes encode_monitor_start_result(const std::string& cross_ref) {
    Writer w;
    w.constructed(kSequenceTag, [&] { w.string(cross_ref, application(app::kCrossRefId, false)); });
    return w.take();
}

Bytes encode_snapshot_device_arg(const DeviceRef& device) {
    Writer w;
    w.constructed(kSequenceTag, [&] { write_device_id(w, device); });
    return w.take();
}

std::optional<DeviceRef> decode_snapshot_device_arg(const Tlv& argument) { return first_device(argument); }

SnapshotResult decode_snapshot_device_result(const std::optional<Tlv>& result) {
    SnapshotResult out;
    if (!result) {  // nothing to report: an idle device
        out.ok = true;
        return out;
    }
    if (!is(*result, kSequenceTag)) {
        out.error = "snapshotDevice result is " + tag_text(result->tag) + ", not a SEQUENCE";
        return out;
    }
    DecodeNotes notes;
    Cursor c(*result, 2);
    while (auto t = c.next()) {
        if (is(*t, kOctets)) {
            out.service_cross_ref = read_string(*t);
            continue;
        }
        if (!(t->tag == application(app::kSnapshotDeviceData, true))) {
            notes.skip(*t);
            continue;
        }
        Cursor list = c.enter(*t);
        while (auto info = list.next()) {
            if (!is(*info, kSequenceTag)) {
                notes.skip(*info);
                continue;
            }
            SnapshotCall call;
            bool state_seen = false;
            Cursor f = list.enter(*info);
            while (auto field = f.next()) {
                if (field->tag == application(app::kConnectionId, true)) {
                    read_connection(f, *field, call.connection);
                } else if (field->tag == context(3, true) && call.endpoint.form == DeviceForm::Absent) {
                    read_device_wrapper(f, *field, call.endpoint);
                } else if (!state_seen && field->tag.cls == TagClass::Context && field->tag.number <= 2) {
                    // CallState comes before servicesPermitted [0]: the first [0]/[1]/[2] is it.
                    state_seen = true;
                    read_call_state(f, *field, call);
                } else {
                    notes.skip(*field);
                }
            }
            if (f.failed()) {
                out.error = "snapshotDevice result: " + f.error();
                return out;
            }
            out.calls.push_back(std::move(call));
        }
        if (list.failed()) {
            out.error = "snapshotDevice result: " + list.error();
            return out;
        }
    }
    if (c.failed()) {
        out.error = "snapshotDevice result: " + c.error();
        return out;
    }
    out.skipped = notes.skipped;
    out.ok = true;
    return out;
}

Bytes encode_snapshot_device_result(const std::vector<SnapshotCall>& calls) {
    Writer w;
    w.constructed(kSequenceTag, [&] {
        w.constructed(application(app::kSnapshotDeviceData, true), [&] {
            for (const auto& call : calls) {
                w.constructed(kSequenceTag, [&] {
                    write_connection(w, call.connection);
                    if (call.endpoint.form != DeviceForm::Absent) write_device_wrapper(w, context(3, true), call.endpoint);
                    if (!call.compound.empty() || (!call.simple && call.local_state)) {
                        w.constructed(context(0, true), [&] {
                            if (call.compound.empty())
                                w.integer(static_cast<std::int64_t>(*call.local_state), application(app::kLocalConnectionState, false));
                            for (auto s : call.compound)
                                w.integer(static_cast<std::int64_t>(s), application(app::kLocalConnectionState, false));
                        });
                    } else if (call.simple) {
                        w.enumerated(*call.simple, context(1, false));
                    } else {
                        w.null(context(2, false));
                    }
                });
            }
        });
    });
    return w.take();
}

std::string category_name(int c) {
    static constexpr const char* kNames[] = {"acd", "groupACD", "groupHunt", "groupPick", "groupOther",
                                             "networkInterface", "park", "routeingDevice", "station",
                                             "voiceUnit", "other"};
    if (c >= 0 && c <= 10) return kNames[c];
    return c < 0 ? "unknown" : "category " + std::to_string(c);
}

Bytes encode_get_switching_function_devices_arg(std::optional<int> requested_category) {
    Writer w;
    w.constructed(kSequenceTag, [&] {
        if (requested_category) w.enumerated(*requested_category);
    });
    return w.take();
}

std::optional<std::string> decode_get_switching_function_devices_result(const std::optional<Tlv>& result) {
    if (!result) return std::nullopt;
    if (is(*result, kOctets)) return read_string(*result);
    if (!is(*result, kSequenceTag)) return std::nullopt;
    Cursor c(*result, 2);
    while (auto t = c.next())
        if (is(*t, kOctets)) return read_string(*t);
    return std::nullopt;
}

DeviceSegment decode_switching_function_devices(const Tlv& argument) {
    DeviceSegment out;
    if (!is(argument, kSequenceTag)) {
        out.error = "switchingFunctionDevices argument is " + tag_text(argument.tag) + ", not a SEQUENCE";
        return out;
    }
    DecodeNotes notes;
    bool have_last = false;
    Cursor c(argument, 2);
    while (auto t = c.next()) {
        if (is(*t, kOctets) && !out.service_cross_ref) {
            out.service_cross_ref = read_string(*t);
        } else if (is(*t, universal(univ::kInteger)) && !out.segment_id) {
            const auto v = read_integer(*t);
            if (v.ok) out.segment_id = v.value;
        } else if (is(*t, universal(univ::kBoolean)) && !have_last) {
            const auto b = read_boolean(*t);
            have_last = b.has_value();
            out.last_segment = b.value_or(false);
        } else if (is(*t, kSequenceTag)) {
            Cursor list = c.enter(*t);
            while (auto entry = list.next()) {
                if (!is(*entry, kSequenceTag)) {
                    notes.skip(*entry);
                    continue;
                }
                DiscoveredDevice dev;
                dev.category = category::kStation;  // DEFAULT station
                bool have_device = false;
                Cursor f = list.enter(*entry);
                while (auto field = f.next()) {
                    if (!have_device && read_device_id(f, *field, dev.device)) {
                        have_device = true;
                        if (dev.device.form != DeviceForm::DeviceNumber) dev.number = dev.device.number;
                    } else if (field->tag == context(0, false)) {
                        const auto v = read_integer(*field);
                        if (v.ok) dev.category = static_cast<int>(v.value);
                    } else {
                        notes.skip(*field);
                    }
                }
                if (f.failed()) {
                    out.error = "switchingFunctionDevices: " + f.error();
                    return out;
                }
                if (have_device) out.devices.push_back(std::move(dev));
            }
            if (list.failed()) {
                out.error = "switchingFunctionDevices: " + list.error();
                return out;
            }
        } else {
            notes.skip(*t);
        }
    }
    if (c.failed()) {
        out.error = "switchingFunctionDevices: " + c.error();
        return out;
    }
    if (!have_last) {
        out.error = "switchingFunctionDevices without lastSegment";
        return out;
    }
    out.skipped = notes.skipped;
    out.ok = true;
    return out;
}

Bytes encode_switching_function_devices(const std::string& cross_ref, std::int64_t segment_id, bool last,
                                        const std::vector<DiscoveredDevice>& devices) {
    Writer w;
    w.constructed(kSequenceTag, [&] {
        w.string(cross_ref);
        w.integer(segment_id);
        w.boolean(last);
        w.constructed(kSequenceTag, [&] {
            for (const auto& d : devices) {
                w.constructed(kSequenceTag, [&] {
                    write_device_id(w, d.device);
                    // DEFAULT station: any other value, even one outside the enumeration, is written.
                    if (d.category != category::kStation) w.enumerated(d.category, context(0, false));
                });
            }
        });
    });
    return w.take();
}

} // namespace kxcti::csta

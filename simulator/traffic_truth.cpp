#include "simulator/traffic_truth.h"

#include "common/util/json_writer.h"

#include <chrono>
#include <cstdio>

namespace kxcti::sim {

std::string_view to_string(TruthOutcome o) {
    switch (o) {
    case TruthOutcome::Answered: return "answered";
    case TruthOutcome::LostInQueue: return "lost_in_queue";
    case TruthOutcome::LostAtOperator: return "lost_at_operator";
    case TruthOutcome::ShortAbandon: return "short_abandon";
    case TruthOutcome::ForwardedOut: return "forwarded_out";
    case TruthOutcome::Outgoing: return "outgoing";
    case TruthOutcome::Blocked: return "blocked";
    }
    return "?";
}

LocalStamp stamp(int y, int m, int d, std::int64_t s) {
    using namespace std::chrono;
    sys_days day = year_month_day{year{y}, month{static_cast<unsigned>(m)}, std::chrono::day{static_cast<unsigned>(d)}};
    day += days{s / 86400};
    year_month_day ymd{day};
    std::int64_t tod = s % 86400;
    return LocalStamp{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                      static_cast<int>(static_cast<unsigned>(ymd.day())), static_cast<int>(tod / 3600),
                      static_cast<int>(tod / 60 % 60), static_cast<int>(tod % 60)};
}

namespace {

std::string text(const LocalStamp& t) {
    char b[32];
    std::snprintf(b, sizeof b, "%04d-%02d-%02d %02d:%02d:%02d", t.year % 10000, t.month % 100, t.day % 100,
                  t.hour % 100, t.minute % 100, t.second % 100);
    return b;
}

std::optional<int> as_int(const std::optional<std::int64_t>& v) {
    if (!v) return std::nullopt;
    return static_cast<int>(*v);
}

} // namespace

std::string truth_json(const TruthCall& c, int y, int m, int d) {
    std::string out;
    json::ObjectWriter o(out);
    o.num("call", static_cast<long long>(c.id));
    o.str("direction", c.incoming ? "in" : "out");
    if (c.incoming) o.str("did", c.did);
    else o.null("did");
    o.str("caller", c.caller);
    o.str("dialed", c.dialed);
    o.str("ext", c.ext);
    if (c.trunk.empty()) o.null("trunk");
    else o.str("trunk", c.trunk);
    o.str("forward_trunk", c.forward_trunk);
    o.str("start", text(stamp(y, m, d, c.start_s)));
    o.str("end", text(stamp(y, m, d, c.end_s)));
    std::string groups = "[";
    for (std::size_t i = 0; i < c.groups.size(); ++i) {
        if (i) groups += ',';
        json::append_string(groups, c.groups[i]);
    }
    groups += ']';
    o.raw("groups", groups);
    std::string stages = "[";
    for (std::size_t i = 0; i < c.stages.size(); ++i) {
        if (i) stages += ',';
        json::ObjectWriter st(stages);
        st.str("group", c.stages[i].group).str("entered", text(stamp(y, m, d, c.stages[i].entered_s)));
        st.num("wait_s", static_cast<long long>(c.stages[i].left_s - c.stages[i].entered_s));
        st.close();
    }
    stages += ']';
    o.raw("stages", stages);
    o.str("outcome", to_string(c.outcome));
    o.str("lost_where", c.lost_where);
    o.num("wait_s", as_int(c.wait_s));
    o.num("talk_s", as_int(c.talk_s));
    o.str("answered_by", c.answered_by);
    o.num("answer_ring_s", as_int(c.answer_ring_s));
    o.str("transferred_to", c.transferred_to);
    std::string rang = "[";
    for (std::size_t i = 0; i < c.rang.size(); ++i) {
        if (i) rang += ',';
        json::ObjectWriter leg(rang);
        leg.str("ext", c.rang[i].ext).str("group", c.rang[i].group);
        leg.str("start", text(stamp(y, m, d, c.rang[i].started_s)));
        leg.num("ring_s", static_cast<long long>(c.rang[i].ring_s));
        leg.boolean("answered", c.rang[i].answered);
        leg.close();
    }
    rang += ']';
    o.raw("rang", rang);
    if (c.callback_of) o.num("callback_of", static_cast<long long>(*c.callback_of));
    else o.null("callback_of");
    if (c.redial_of) o.num("redial_of", static_cast<long long>(*c.redial_of));
    else o.null("redial_of");
    o.num("records", c.records);
    o.close();
    return out;
}

} // namespace kxcti::sim

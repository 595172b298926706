#include "records.h"

namespace kxcti::test {

void store_record(storage::Connection& db, int id, const std::string& date, const std::string& time,
                  const std::string& ext, const std::string& caller, const std::string& cd, int ring, int duration,
                  std::int64_t received_us) {
    db.exec("INSERT OR IGNORE INTO links(id, name) VALUES (1, 'pbx')", "adding the test link");
    storage::Statement j(db,
                         "INSERT INTO journal(id, link_id, received_us, raw, line_end, kind, error, parser_version) "
                         "VALUES (?1, 1, ?2, X'41', 0, 0, NULL, 1)",
                         "adding a journal line");
    j.bind(1, id).bind(2, received_us).run();
    storage::Statement r(db,
                         "INSERT INTO smdr_record(journal_id, layout, call_date, call_time, time_is_start, ext, co, "
                         "direction, caller, transferred, ring_s, duration_s, cd) "
                         "VALUES (?1, 3, ?2, ?3, 0, ?4, '01', 1, ?5, 0, ?6, ?7, ?8)",
                         "adding a record");
    r.bind(1, id).bind_text(2, date).bind_text(3, time).bind_text(4, ext).bind_text(5, caller).bind(6, ring).bind(
        7, duration);
    if (cd.empty())
        r.bind_null(8);
    else
        r.bind_text(8, cd);
    r.run();
}

} // namespace kxcti::test

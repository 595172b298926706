// kxcti-bench-reports-load DB SMDR_FILE: imports a benchmark's SMDR file with the importer
// (storage::import_file: the same journal and record rows as `kxcti-server import`, resuming an
// interrupted import) but with smdr_record's two secondary indexes dropped during the load and
// built again at the end: inserting 20 M random callers into a growing index is what makes a
// year's import slow, and a sort at the end is far cheaper. The indexes come back exactly as the
// schema defines them (common/storage/schema.cpp v1 and v4). For bench/reports_bench.sh only.
#include "common/storage/importer.h"
#include "common/storage/schema.h"

#include <cstdio>

using namespace kxcti;

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: kxcti-bench-reports-load DB SMDR_FILE\n");
        return 2;
    }
    auto db = storage::open_database(argv[1]);
    db.exec("PRAGMA cache_size = -1000000", "a 1 GB page cache for the load");
    db.exec("DROP INDEX IF EXISTS smdr_record_call_date; DROP INDEX IF EXISTS smdr_record_caller;",
            "dropping the record indexes for the load");
    smdr::ParseOptions options;
    options.date_order = smdr::DateOrder::DMY;
    storage::JournalWriter writer(db, options);
    RealClock clock;
    auto r = storage::import_file(db, writer, argv[2], storage::ImportOptions{"pbx"}, clock);
    std::printf("%llu lines read, %llu imported before, %llu added (%llu records)\n",
                static_cast<unsigned long long>(r.lines_read), static_cast<unsigned long long>(r.already_imported),
                static_cast<unsigned long long>(r.added.lines), static_cast<unsigned long long>(r.added.records));
    db.exec("CREATE INDEX smdr_record_call_date ON smdr_record(call_date);"
            "CREATE INDEX smdr_record_caller ON smdr_record(caller);",
            "building the record indexes again");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)", "checkpointing");
    return 0;
}

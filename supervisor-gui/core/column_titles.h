#pragma once
// What a supervisor reads instead of the engine's keys: report and column titles, translated
// (the server sends keys and English titles; the words belong to the client's language).
#include <QString>

namespace kxcti::supervisor {

// "answer_rate" -> "Answer rate" (or its translation); an unknown key becomes "answer rate".
QString column_title(const QString& key);
// "summary" -> "Summary"; an unknown report keeps the server's title.
QString report_title(const QString& name, const QString& server_title);
// The same key as a column of a one-line explanation (tooltips); empty when there is none.
QString parameter_title(const QString& key);

} // namespace kxcti::supervisor

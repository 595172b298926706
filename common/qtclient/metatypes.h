#pragma once
// The protocol's structs as Qt meta-types, so that they travel in queued signals from the
// worker thread to the GUI thread (by value: each signal copies them once).
#include "protocol/messages.h"

#include <QMetaType>

#include <vector>

Q_DECLARE_METATYPE(kxcti::protocol::LoginOk)
Q_DECLARE_METATYPE(kxcti::protocol::CallRinging)
Q_DECLARE_METATYPE(kxcti::protocol::CallAnswered)
Q_DECLARE_METATYPE(kxcti::protocol::CallEnded)
Q_DECLARE_METATYPE(kxcti::protocol::QueueState)
Q_DECLARE_METATYPE(kxcti::protocol::OperatorState)
Q_DECLARE_METATYPE(kxcti::protocol::HistoryResult)
Q_DECLARE_METATYPE(kxcti::protocol::ReportDone)
// std::vector of these is a meta-type through Qt's own sequential-container declaration.
Q_DECLARE_METATYPE(kxcti::protocol::PhonebookEntry)
Q_DECLARE_METATYPE(kxcti::protocol::ReportInfo)
Q_DECLARE_METATYPE(kxcti::protocol::ReportColumn)
Q_DECLARE_METATYPE(kxcti::protocol::ReportRow)
Q_DECLARE_METATYPE(kxcti::protocol::ReportParam)

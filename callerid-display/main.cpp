// kxcti-callerid: the operator's Caller ID Display (callerid-display/ui/callerid_app.h).
#include "callerid-display/ui/callerid_app.h"

int main(int argc, char** argv) { return kxcti::callerid::app_main(argc, argv); }

// kxcti-supervisor: a thin main over kxcti_supervisor_app (supervisor-gui/ui/application.h).
#include "supervisor-gui/ui/application.h"

int main(int argc, char** argv) {
    return kxcti::supervisor::run_application(argc, argv);
}

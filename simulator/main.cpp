// kxcti-pbxsim: a loopback Panasonic PBX (placeholder until the simulator lands).
#include <iostream>

int main() {
    std::cout << "kxcti-pbxsim\n";
    return 0;
}

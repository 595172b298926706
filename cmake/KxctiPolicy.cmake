# One INTERFACE target carries the whole compile policy (qBittorrent's CommonConfig idea):
# every library and executable links kxcti_policy and nothing else sets flags.
add_library(kxcti_policy INTERFACE)
target_compile_features(kxcti_policy INTERFACE cxx_std_20)
target_compile_options(kxcti_policy INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
    $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${KXCTI_WERROR}>>:-Werror>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive->)
target_compile_definitions(kxcti_policy INTERFACE
    # Boost 1.74 Asio + C++20: keep deprecated io_service names out, and one definition
    # of the error categories for the whole program.
    BOOST_ASIO_NO_DEPRECATED
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT)
target_include_directories(kxcti_policy INTERFACE ${PROJECT_SOURCE_DIR})

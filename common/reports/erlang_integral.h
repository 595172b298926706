#pragma once
// Erlang A's "answered within T" integral (internal to kxcti_reports; see erlang_a.cpp).
namespace kxcti::reports::detail {

// ln ∫_0^q (1 − w)^x · e^{y·w} dw for x ≥ 0, y ≥ 0, 0 ≤ q ≤ 1; −inf when q = 0.
// The integrand is positive and log-concave, so adaptive Gauss–Legendre with a local relative
// tolerance gives the integral to about 1e-14 relative, however small or large it is (the
// logarithm is returned because e^{y·q} overflows double for large y).
double log_within_integral(double x, double y, double q);

} // namespace kxcti::reports::detail

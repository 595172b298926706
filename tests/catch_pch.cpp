// Holds the precompiled catch.hpp that every test suite reuses.

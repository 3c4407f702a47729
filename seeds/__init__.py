"""Sample articles for the demo: the seed article first (verbatim), then a few written for diplo."""

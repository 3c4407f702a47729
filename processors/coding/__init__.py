"""Event coding in named stages: candidates -> classify -> actors/targets -> codes -> modality/date/place/amount.

``candidates`` finds every clause that relates actors; ``features`` describes one for the
learned classifier; ``model`` applies the trained model shipped as package data; ``training``
builds it from the project's own corpus (``corpus/``, read by ``corpus``).
"""

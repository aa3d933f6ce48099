"""The demo election's proposal illustrations, drawn with Qt (kiosk/demo/make_images.py runs
them): canvas.py the surface, motifs.py shared pieces, parks.py, sport.py and places.py the
twelve pictures."""

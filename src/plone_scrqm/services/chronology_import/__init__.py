"""POST {review}/@scr-chronology-import."""

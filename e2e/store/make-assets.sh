#!/usr/bin/env bash
# Regenerates the offline store's media: decodable images in the formats AliExpress serves (JPEG,
# WebP, AVIF, PNG), smaller thumbnails that differ from the originals, and a two-second MP4.
# The files are committed; run this only to change them (needs ffmpeg with libwebp, libaom, libx264).
set -euo pipefail
cd "$(dirname "$0")/assets"
ff() { ffmpeg -hide_banner -loglevel error -y "$@"; }

still() { # name source size
  local sep="="; [[ "$2" == *=* ]] && sep=":"
  ff -f lavfi -i "$2${sep}size=$3:rate=1" -frames:v 1 "$1.src.png"
}
still photo-a testsrc2 800x800
still photo-b mandelbrot 800x800
still photo-c smptehdbars 800x800
still photo-d rgbtestsrc 400x400
still photo-e "testsrc" 800x800
still variant-red "color=c=0xc0392b" 600x600
still variant-blue "color=c=0x2c6fbb" 600x600
still variant-green "color=c=0x27ae60" 600x600
still desc-1 "smptebars" 750x1000
still desc-2 "testsrc2" 750x500

ff -i photo-a.src.png -q:v 4 photo-a.jpg
ff -i photo-b.src.png -c:v libwebp -quality 70 photo-b.webp
ff -i photo-c.src.png -c:v libaom-av1 -still-picture 1 -crf 40 -cpu-used 8 photo-c.avif
cp photo-d.src.png photo-d.png
ff -i photo-e.src.png -q:v 5 photo-e.jpg
for v in red blue green; do
  ff -i "variant-$v.src.png" -vf "drawbox=x=150:y=150:w=300:h=300:color=white@0.6:t=fill" -q:v 5 "variant-$v.jpg"
done
ff -i desc-1.src.png -q:v 5 desc-1.jpg
ff -i desc-2.src.png -c:v libwebp -quality 70 desc-2.webp

# Thumbnails: what the page shows; never what a user should download.
for src in photo-a photo-b photo-c photo-d photo-e variant-red variant-blue variant-green desc-1 desc-2; do
  ff -i "$src.src.png" -vf scale=220:-1 -q:v 8 "$src.thumb.jpg"
  ff -i "$src.src.png" -vf scale=220:-1 -c:v libwebp -quality 50 "$src.thumb.webp"
done
rm -f ./*.src.png

ff -f lavfi -i testsrc=size=320x320:rate=15 -t 2 -c:v libx264 -pix_fmt yuv420p -profile:v baseline \
  -movflags +faststart clip.mp4

//! The radar chart of the four criteria, drawn into an image: UI nodes cannot draw a
//! polygon, and four values need no plotting library.

use bevy::asset::RenderAssetUsages;
use bevy::image::Image;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};

/// Axis `k` of `n` points up, then clockwise.
fn axis(k: usize, n: usize) -> (f32, f32) {
    let angle = -std::f32::consts::FRAC_PI_2 + std::f32::consts::TAU * k as f32 / n as f32;
    (angle.cos(), angle.sin())
}

fn inside(polygon: &[(f32, f32)], x: f32, y: f32) -> bool {
    let mut inside = false;
    let mut j = polygon.len() - 1;
    for i in 0..polygon.len() {
        let (xi, yi) = polygon[i];
        let (xj, yj) = polygon[j];
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

fn near_segment(a: (f32, f32), b: (f32, f32), x: f32, y: f32, width: f32) -> bool {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((x - a.0) * dx + (y - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    let (px, py) = (a.0 + t * dx - x, a.1 + t * dy - y);
    px * px + py * py <= width * width
}

/// RGBA pixels of a radar chart: a grid at 25, 50, 75 and 100, the axes, and the
/// trainee's shape filled in `fill`. A criterion not tested counts as 0.
pub fn pixels(values: &[Option<u8>], size: u32, fill: [u8; 4], grid: [u8; 4]) -> Vec<u8> {
    let n = values.len().max(3);
    let centre = size as f32 / 2.0;
    let radius = centre - 4.0;
    let point = |k: usize, share: f32| {
        let (cx, cy) = axis(k, n);
        (centre + cx * radius * share, centre + cy * radius * share)
    };
    let shape: Vec<(f32, f32)> = (0..n)
        .map(|k| {
            point(
                k,
                f32::from(values.get(k).copied().flatten().unwrap_or(0)) / 100.0,
            )
        })
        .collect();
    let rings: Vec<Vec<(f32, f32)>> = [0.25, 0.5, 0.75, 1.0]
        .iter()
        .map(|&r| (0..n).map(|k| point(k, r)).collect())
        .collect();
    let mut data = vec![0u8; (size * size * 4) as usize];
    for y in 0..size {
        for x in 0..size {
            let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
            let mut colour = [0u8; 4];
            let on_grid = rings
                .iter()
                .any(|ring| (0..n).any(|k| near_segment(ring[k], ring[(k + 1) % n], fx, fy, 0.7)))
                || (0..n).any(|k| near_segment((centre, centre), point(k, 1.0), fx, fy, 0.6));
            if on_grid {
                colour = grid;
            }
            if inside(&shape, fx, fy) {
                colour = [fill[0], fill[1], fill[2], fill[3] / 2];
            }
            if (0..n).any(|k| near_segment(shape[k], shape[(k + 1) % n], fx, fy, 1.5)) {
                colour = fill;
            }
            let at = ((y * size + x) * 4) as usize;
            data[at..at + 4].copy_from_slice(&colour);
        }
    }
    data
}

pub fn image(values: &[Option<u8>], size: u32, fill: [u8; 4], grid: [u8; 4]) -> Image {
    Image::new(
        Extent3d {
            width: size,
            height: size,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        pixels(values, size, fill, grid),
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alpha_at(data: &[u8], size: u32, x: u32, y: u32) -> u8 {
        data[((y * size + x) * 4 + 3) as usize]
    }

    #[test]
    fn the_shape_reaches_as_far_as_each_score() {
        let size = 100;
        let full = pixels(&[Some(100); 4], size, [0, 0, 255, 255], [9, 9, 9, 255]);
        let half = pixels(&[Some(50); 4], size, [0, 0, 255, 255], [9, 9, 9, 255]);
        // Two thirds of the way up the listening axis: inside the full shape only.
        assert!(alpha_at(&full, size, 53, 20) > 0);
        assert_eq!(alpha_at(&half, size, 53, 20), 0);
        // The centre is inside both.
        assert!(alpha_at(&half, size, 50, 52) > 0);
    }
}

"""Icons, desktop integration files and sample data, shipped as kith.resources."""

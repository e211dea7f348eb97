//! Entry point: hand the page to the yew app.
fn main() {
    won_atlas::ui::start();
}

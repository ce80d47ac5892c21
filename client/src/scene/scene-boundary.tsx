// The conversation must survive a browser without WebGL (or a 3D fault): the room is replaced by a note and the
// text conversation, captions, feelings and transcript carry on.

export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null || canvas.getContext('webgl') !== null;
  } catch {
    return false;
  }
}

export function SceneUnavailable() {
  return (
    <div className="scene-unavailable" data-testid="scene-unavailable">
      <p>The 3D room cannot be shown in this browser (it needs WebGL).</p>
      <p>The conversation carries on here: type below, and read the replies in the transcript.</p>
    </div>
  );
}

// Builds one character's 3D rig from its appearance: the skinned body, the morphing head, eyes and upper lids,
// three materials in all. Plain three.js, so it can be built and measured without a renderer.

import {
  type BufferGeometry,
  Group,
  type Material,
  Mesh,
  MeshStandardMaterial,
  type Object3D,
  SkinnedMesh,
} from 'three';
import type { Appearance, Place } from '../../../../server/protocol.ts';
import { buildBodyGeometry } from './body-geometry.ts';
import { type BodyPlan, bodyPlanFor } from './body-plan.ts';
import { buildEyeGeometry, buildUpperLidGeometry } from './eye-geometry.ts';
import { addFaceMorphs } from './face-morphs.ts';
import { buildHeadGeometry } from './head-geometry.ts';
import { EYE_X, EYE_Y, EYE_Z } from './head-shape.ts';
import { paletteFor } from './palette.ts';
import { type AvatarBones, buildBones } from './skeleton.ts';

export interface AvatarRig {
  root: Group;
  plan: BodyPlan;
  bones: AvatarBones;
  /** Carries the head and everything on it; a child of the head bone, origin at eye height. */
  head: Group;
  face: Mesh;
  /** Left (+x) then right. */
  eyes: [Mesh, Mesh];
  lids: [Mesh, Mesh];
  body: SkinnedMesh;
  dispose(): void;
}

export interface RigOptions {
  /** @default 'seated' */
  place?: Place;
  /** Years: from about fifty, lines in the face deepen. @default 40 */
  age?: number;
}

export function buildAvatarRig(appearance: Appearance, options: RigOptions = {}): AvatarRig {
  const plan = bodyPlanFor(appearance, options.place ?? 'seated');
  const palette = paletteFor(appearance, options.age ?? 40);
  const female = appearance.sex === 'female';

  const skinMaterial = new MeshStandardMaterial({ vertexColors: true, roughness: 0.62, metalness: 0 });
  const clothMaterial = new MeshStandardMaterial({ vertexColors: true, roughness: 0.88, metalness: 0 });
  const eyeMaterial = new MeshStandardMaterial({ vertexColors: true, roughness: 0.18, metalness: 0 });

  const bones = buildBones(plan);
  const body = new SkinnedMesh(buildBodyGeometry(appearance, plan, palette).geometry, clothMaterial);
  body.add(bones.hips);
  body.bind(bones.skeleton);
  // Skinning moves the body only a few centimetres; the bind-pose bounds are close enough for culling.
  body.geometry.computeBoundingSphere();

  const headSurface = buildHeadGeometry(appearance, palette);
  addFaceMorphs(headSurface.geometry, headSurface.tags, palette);
  const face = new Mesh(headSurface.geometry, skinMaterial);
  face.updateMorphTargets();

  const head = new Group();
  head.position.subVectors(plan.headCentre, plan.atlas);
  head.scale.setScalar(plan.headScale);
  head.add(face);

  const eyeGeometry = buildEyeGeometry(palette);
  const lidGeometry = buildUpperLidGeometry(palette, female);
  const eyes: [Mesh, Mesh] = [new Mesh(eyeGeometry, eyeMaterial), new Mesh(eyeGeometry, eyeMaterial)];
  const lids: [Mesh, Mesh] = [new Mesh(lidGeometry, skinMaterial), new Mesh(lidGeometry, skinMaterial)];
  for (let k = 0; k < 2; k += 1) {
    const side = k === 0 ? 1 : -1;
    const eye = eyes[k] as Mesh;
    const lid = lids[k] as Mesh;
    eye.position.set(side * EYE_X, EYE_Y, EYE_Z);
    eye.rotation.order = 'YXZ';
    lid.position.copy(eye.position);
    head.add(eye, lid);
  }
  bones.head.add(head);

  // The root moves when a standing character paces; a standing body is lifted onto its feet.
  const root = new Group();
  root.name = 'avatar';
  root.position.y = plan.lift;
  root.add(body);

  const geometries: BufferGeometry[] = [body.geometry, headSurface.geometry, eyeGeometry, lidGeometry];
  const materials: Material[] = [skinMaterial, clothMaterial, eyeMaterial];
  return {
    root,
    plan,
    bones,
    head,
    face,
    eyes,
    lids,
    body,
    dispose() {
      for (const geometry of geometries) geometry.dispose();
      for (const material of materials) material.dispose();
      bones.skeleton.dispose();
    },
  };
}

/** Draw calls and triangles of a rig, counted from its meshes (what one avatar costs per eye per frame). */
export function rigCost(root: Object3D): { drawCalls: number; triangles: number } {
  let drawCalls = 0;
  let triangles = 0;
  root.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    const geometry = object.geometry as BufferGeometry;
    drawCalls += 1;
    triangles += (geometry.index?.count ?? geometry.getAttribute('position').count) / 3;
  });
  return { drawCalls, triangles };
}

/**
 * The Microsoft Teams light theme as an Adaptive Cards host config: the colours, fonts and
 * spacing Teams documents for its light theme (the designer's "Microsoft Teams - Light" host).
 * Colours are #AARRGGBB when they carry an alpha channel, as host configs write them.
 */

const FOREGROUND = {
  default: { default: '#ff252424', subtle: '#bf252424' },
  dark: { default: '#252424', subtle: '#bf252424' },
  light: { default: '#ffffff', subtle: '#fff3f2f1' },
  accent: { default: '#6264a7', subtle: '#8b8cc7' },
  good: { default: '#92c353', subtle: '#e592c353' },
  warning: { default: '#f8d22a', subtle: '#e5f8d22a' },
  attention: { default: '#c4314b', subtle: '#e5c4314b' },
} as const;

const FONT = {
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
} as const;

export const TEAMS_LIGHT_HOST_CONFIG = {
  choiceSetInputValueSeparator: ',',
  supportsInteractivity: true,
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#EEEEEE' },
  imageSizes: { small: 32, medium: 52, large: 100 },
  fontTypes: {
    default: { fontFamily: "'Segoe UI', Tahoma, Geneva, Verdana, sans-serif", ...FONT },
    monospace: { fontFamily: "'Courier New', Courier, monospace", ...FONT },
  },
  textStyles: { heading: { fontType: 'default', size: 'large', weight: 'bolder', color: 'default', isSubtle: false } },
  textBlock: { headingLevel: 2 },
  containerStyles: {
    default: { backgroundColor: '#ffffff', borderColor: '#CCCCCC', foregroundColors: FOREGROUND },
    emphasis: { backgroundColor: '#fff9f8f7', borderColor: '#666666', foregroundColors: FOREGROUND },
    accent: { backgroundColor: '#C7DEF9', borderColor: '#62A8F7', foregroundColors: FOREGROUND },
    good: { backgroundColor: '#CCFFCC', borderColor: '#69E569', foregroundColors: FOREGROUND },
    attention: { backgroundColor: '#FFC5B2', borderColor: '#FF764C', foregroundColors: FOREGROUND },
    warning: { backgroundColor: '#FFE2B2', borderColor: '#FFBC51', foregroundColors: FOREGROUND },
  },
  actions: {
    maxActions: 6,
    spacing: 'Default',
    buttonSpacing: 8,
    showCard: { actionMode: 'Inline', inlineTopMargin: 16, style: 'emphasis' },
    preExpandSingleShowCardAction: false,
    actionsOrientation: 'Horizontal',
    actionAlignment: 'Left',
  },
  adaptiveCard: { allowCustomStyle: false },
  imageSet: { imageSize: 'Medium', maxImageHeight: 100 },
  factSet: {
    title: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Bolder', wrap: true },
    value: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Default', wrap: true },
    spacing: 16,
  },
} as const;

export type ContainerStyleName = keyof typeof TEAMS_LIGHT_HOST_CONFIG.containerStyles;
export type ForegroundName = keyof typeof FOREGROUND;

/** [r, g, b] in 0..255 of a colour painted over `under` (#RRGGBB or #AARRGGBB). */
function paint(colour: string, under: readonly [number, number, number] = [255, 255, 255]): [number, number, number] {
  const hex = colour.replace('#', '');
  const alpha = hex.length === 8 ? parseInt(hex.slice(0, 2), 16) / 255 : 1;
  const rgb = hex.length === 8 ? hex.slice(2) : hex;
  const channels = [0, 2, 4].map((at) => parseInt(rgb.slice(at, at + 2), 16));
  return [0, 1, 2].map((i) => Math.round((channels[i] ?? 0) * alpha + (under[i] ?? 0) * (1 - alpha))) as [number, number, number];
}

function luminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of a text colour against a container style's background, under the Teams light theme. */
export function contrastOf(colour: ForegroundName, subtle: boolean, style: ContainerStyleName): number {
  const container = TEAMS_LIGHT_HOST_CONFIG.containerStyles[style];
  const background = paint(container.backgroundColor);
  const text = paint(container.foregroundColors[colour][subtle ? 'subtle' : 'default'], background);
  const [lighter, darker] = [luminance(background), luminance(text)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

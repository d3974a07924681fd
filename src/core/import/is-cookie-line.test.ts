import { describe, expect, it } from 'vitest';
import { isCookieLine } from './is-cookie-line';

describe('isCookieLine', () => {
  it.each([
    'This website uses cookies to ensure you get the best experience.',
    'We and our partners use cookies. By clicking "Accept", you consent to their use.',
    'By continuing to use this site, you agree to our use of cookies.',
    'Manage cookies',
    'Cookie settings',
    'Сайт использует файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.',
    '本网站使用cookie以改善您的体验',
  ])('"%s" is a cookie notice', (line) => {
    expect(isCookieLine(line)).toBe(true);
  });

  it.each([
    'The EU ruled that websites must ask before they store cookies on a reader’s computer.',
    'Regulators fined the company for using cookies without consent, the agency said on Monday.',
    'Cookie Policy',
    'She baked cookies for the volunteers.',
  ])('"%s" is not', (line) => {
    expect(isCookieLine(line)).toBe(false);
  });
});

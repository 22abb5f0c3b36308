
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'accessed': str`Consultado el ${0}.`,
'available-at': `Disponible en:`,
'byline': str`Por ${0}`,
'contents': `Contenido`,
'et-al': `et al`,
'invalid-payload': `Este artículo no se puede mostrar porque su contenido tiene errores.`,
'language': `Idioma`,
'last-reviewed': `Última revisión`,
'last-updated': `Última actualización`,
'loading': `Cargando el artículo…`,
'missing-topic': `No se eligió ningún artículo para este espacio.`,
'network': `No se pudo cargar el artículo. Revise su conexión e inténtelo de nuevo.`,
'no-article-for-code': str`No encontramos un artículo para el código «${0}».`,
'not-found': str`No encontramos el artículo «${0}».`,
'not-in-language': str`Este artículo no está disponible en ${0}. Se muestra en ${1}.`,
'references': `Referencias`,
'reviewed-by': str`Revisado por ${0}`,
'timeout': `El artículo tardó demasiado en cargarse. Revise su conexión e inténtelo de nuevo.`,
'try-again': `Intentar de nuevo`,
'unavailable': `Artículo no disponible`,
'website': str`Sitio web de ${0}`,
    };
  